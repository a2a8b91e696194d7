namespace Shipcheck.Core.Checks.Migrations;

/// <summary>One migration as its files declare it.</summary>
/// <param name="Id">What the framework's version table records (an Alembic revision, <c>20240101120000_AddUsers</c>, <c>users.0002_email</c>).</param>
/// <param name="File">The file that declares it, relative to the top of the repository.</param>
/// <param name="Mentions">Texts that name it in a changelog (the id when it is distinctive, the file name without extension).</param>
/// <param name="Parents">Alembic's <c>down_revision</c>s; empty for frameworks whose order is the file names'.</param>
/// <param name="Line">The line of the declaration, when the id is read from the file (Alembic's <c>revision = </c>).</param>
internal sealed record Migration(string Id, string File, IReadOnlyList<string> Mentions, IReadOnlyList<string> Parents, int? Line = null)
{
    /// <summary>A migration of a framework that orders by name; <paramref name="mentions"/> defaults to the file's stem.</summary>
    public static Migration Linear(string id, string file, params string[] mentions) =>
        new(id, file, mentions.Length > 0 ? mentions : [Stem(file)], []);

    /// <summary>The file name without folders and without its extension(s): <c>0002_add_email</c>.</summary>
    public static string Stem(string file)
    {
        var name = file[(file.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }
}
