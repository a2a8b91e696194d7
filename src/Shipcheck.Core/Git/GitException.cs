namespace Shipcheck.Core.Git;

/// <summary>A git call that could not answer; its message says what git said. Probes turn it into an error result.</summary>
public sealed class GitException(string message) : Exception(message);
