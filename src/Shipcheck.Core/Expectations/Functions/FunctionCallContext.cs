namespace Shipcheck.Core.Expectations.Functions;

/// <summary>What a function sees when it runs: the argument values and the scope (observations, variables, clock).</summary>
/// <param name="Arguments">Each argument's value; variables arrive as strings.</param>
/// <param name="Scope">The observations, variables and clock of this evaluation.</param>
public sealed record FunctionCallContext(IReadOnlyList<Value> Arguments, IValueScope Scope);
