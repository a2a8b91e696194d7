using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Findings;
using Shipcheck.Core.Checks.Migrations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Migrations;

public sealed class MigrationsKindTests
{
    private readonly MigrationsKind _kind = new();

    private IReadOnlyList<string> Problems(params (string Name, object Value)[] options) =>
        [.. TestOptions.Validate(_kind, TestOptions.Of(options)).Items.Select(d => d.Message)];

    [Fact]
    public void Is_registered_after_release_tag_with_the_preflight_expectation()
    {
        var kind = CheckKinds.Find("migrations");

        Assert.IsType<MigrationsKind>(kind);
        Assert.Equal("release_tag", CheckKinds.All[CheckKinds.All.ToList().IndexOf(kind) - 1].Name);
        Assert.Equal(FindingObservations.DefaultExpectation, kind.DefaultExpectation);
        Assert.Equal("path", kind.ShorthandOption);
        Assert.Equal("head", kind.CaptureObservation);
        Assert.NotNull(kind.Observations.Series);
        Assert.Equal(["alembic", "efcore", "flyway", "prisma", "django", "rails", "sql"],
            kind.Options.Single(o => o.Name == "framework").AllowedValues);
    }

    [Fact]
    public void Accepts_every_option()
    {
        Assert.Empty(Problems());
        Assert.Empty(Problems(("path", "db"), ("framework", "alembic"), ("since", "v1.2.0"), ("doc", "docs/CHANGES.md"), ("connection", "${DATABASE_URL}")));
        Assert.Empty(Problems(("connection", "sqlite:state/app.db")));
    }

    [Theory]
    [InlineData("doc", "../CHANGELOG.md", "doc '../CHANGELOG.md' is not inside the repository")]
    [InlineData("doc", "/etc/passwd", "doc '/etc/passwd' is not inside the repository")]
    [InlineData("since", "--output=x", "since '--output=x' is not a tag or commit name")]
    [InlineData("path", " ", "'path' is empty")]
    [InlineData("connection", "not a database", "the connection is neither a PostgreSQL connection string or postgres:// URL nor a SQLite file (sqlite:PATH, *.db, *.sqlite)")]
    public void Rejects_options_it_cannot_use(string option, string value, string message) =>
        Assert.Equal(message, Assert.Single(Problems((option, value))));
}
