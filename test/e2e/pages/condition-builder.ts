/**
 * Page object for the condition builder (New/Edit segment, a job's
 * filters): pick a field, an operator and a value (typed, or taken from
 * the values the data offers), read the rows and the typed lines, and the
 * live count with its "did you mean" fixes.
 */
import type { Locator } from 'playwright-core';

export class ConditionBuilderPanel {
  readonly root: Locator;
  private readonly form: Locator;

  /** `within`: the form holding the builder; `textLabel`: its typed lines' label; `countTestId`: its live count. */
  constructor(
    within: Locator,
    private readonly textLabel: string,
    private readonly countTestId: string,
  ) {
    this.root = within.getByTestId('condition-builder');
    this.form = within;
  }

  /** The composer's field menu (options by label, grouped). */
  field(): Locator {
    return this.root.getByRole('group', { name: /condition/ }).getByLabel('Field', { exact: true });
  }

  async pickField(label: string): Promise<void> {
    await this.field().selectOption({ label });
  }

  async pickOperator(label: string): Promise<void> {
    await this.root.getByLabel('Operator', { exact: true }).selectOption({ label });
  }

  /** The value box of a text field: a combobox offering the data's values. */
  valueBox(): Locator {
    return this.root.getByRole('combobox', { name: 'Value' });
  }

  /** The values offered for what is typed ("Software 1,234"). */
  offeredValues(): Locator {
    return this.root.getByRole('listbox').getByRole('option');
  }

  /** The values a yes/no field offers. */
  yesNoChoices(): Promise<string[]> {
    return this.root.getByRole('group', { name: /condition/ }).getByLabel('Value', { exact: true }).locator('option').allInnerTexts();
  }

  /** The value of a yes/no field, or a number or date. */
  async chooseValue(value: string): Promise<void> {
    const box = this.root.getByRole('group', { name: /condition/ }).getByLabel('Value', { exact: true });
    if ((await box.evaluate((el) => el.tagName)) === 'SELECT') await box.selectOption(value);
    else await box.fill(value);
  }

  /** Writes the picked condition as a line. */
  async add(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Add|Update) condition$/ }).click();
  }

  /** Picks field, operator and a typed value, and adds the condition. */
  async addCondition(fieldLabel: string, operatorLabel: string, value: string): Promise<void> {
    await this.pickField(fieldLabel);
    await this.pickOperator(operatorLabel);
    if ((await this.valueBox().count()) > 0) await this.valueBox().fill(value);
    else await this.chooseValue(value);
    await this.add();
  }

  /** The conditions in words, one per row ("Industry is Software"). */
  async rows(): Promise<string[]> {
    const rows = this.root.getByRole('list', { name: 'Conditions (all must hold)' }).getByRole('listitem');
    return (await rows.locator('.condition-builder__words').allInnerTexts()).map((t) => t.trim());
  }

  async editRow(line: string): Promise<void> {
    await this.root.getByRole('button', { name: `Edit condition ${line}` }).click();
  }

  async removeRow(line: string): Promise<void> {
    await this.root.getByRole('button', { name: `Remove condition ${line}` }).click();
  }

  /** The typed lines as the textarea holds them. */
  text(): Promise<string> {
    return this.form.getByLabel(this.textLabel).inputValue();
  }

  async type(lines: string): Promise<void> {
    await this.form.getByLabel(this.textLabel).fill(lines);
  }

  /** The live count, or what is wrong with the conditions. */
  count(): Promise<string> {
    return this.form.getByTestId(this.countTestId).innerText();
  }

  /** Takes a "did you mean" fix ("Use Software"). */
  async useSuggestion(suggestion: string): Promise<void> {
    await this.form.getByRole('button', { name: `Use ${suggestion}` }).click();
  }

  /** The "did you mean" notes for values. */
  suggestions(): Locator {
    return this.form.getByTestId(`${this.countTestId}-suggestions`);
  }
}
