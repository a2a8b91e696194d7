namespace Shipcheck.Core.Git;

/// <summary>A tag as git has it: the commit it names and whether it is annotated (a tag object) or light.</summary>
/// <param name="Name">The tag's name (<c>v1.2.3</c>).</param>
/// <param name="Commit">The commit it points at, after peeling a tag object.</param>
/// <param name="Annotated">True for an annotated tag (a tag object with a tagger and a message).</param>
public sealed record GitTag(string Name, string Commit, bool Annotated)
{
    /// <summary>"annotated" or "lightweight", for messages.</summary>
    public string Kind => Annotated ? "annotated" : "lightweight";
}
