// Does nothing: run through nodeScriptArgs it measures the cost of starting Node with tsx, the floor under every child-process benchmark.
export {};
