/**
 * The condition language of segments and job filters. Its syntax (parsing
 * and formatting) is part of the contract, shared with the window's segment
 * builder: src-main/contract/condition-syntax.ts. Main code imports it here.
 */
export { type Condition, type ConditionOp, formatCondition, parseCondition } from '../contract/condition-syntax';
