using System.Text.Json;
using Shipcheck.Core.Checklists.Schema;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checklists;

/// <summary>The published schema is generated from the model; the committed file must be the generated one.</summary>
public sealed class SchemaTests
{
    [Fact]
    public void The_committed_schema_is_the_one_generated_from_the_check_kinds()
    {
        var committed = Path.Combine(RepositoryPaths.Root(), "schema", "shipcheck.schema.json");
        var generated = ChecklistSchema.Generate();
        if (Environment.GetEnvironmentVariable("SHIPCHECK_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(committed, generated);
        }

        Assert.Equal(generated, File.ReadAllText(committed));
    }

    [Fact]
    public void Every_check_kind_and_its_options_are_in_the_schema()
    {
        using var schema = JsonDocument.Parse(ChecklistSchema.Generate());
        var definitions = schema.RootElement.GetProperty("definitions");
        var stepProperties = definitions.GetProperty("step").GetProperty("properties");

        Assert.NotEmpty(CheckKinds.All);
        foreach (var kind in CheckKinds.All)
        {
            Assert.True(stepProperties.TryGetProperty(kind.Name, out _), $"step has no '{kind.Name}'");
            var text = definitions.GetProperty($"kind_{kind.Name}").GetRawText();
            foreach (var option in kind.Options)
            {
                Assert.Contains($"\"{option.Name}\"", text);
            }
        }
    }
}
