using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Tests.Checklists;

public sealed class TemplateTests
{
    private sealed class Values(Dictionary<string, string> vars) : IVariableSource
    {
        public string? Variable(string name) => vars.GetValueOrDefault(name);

        public string? Environment(string name) => name == "HOME_DIR" ? "/home/x" : null;
    }

    private static Template Parse(string text, DiagnosticBag? bag = null) => Template.Parse(text, new SourceSpan("t.yaml", 3, 10, "p"), bag ?? new DiagnosticBag());

    [Fact]
    public void Renders_variables_and_environment_references()
    {
        var template = Parse("${url}/health?home=${env.HOME_DIR}");

        Assert.Equal("http://x/health?home=/home/x", template.Render(new Values(new() { ["url"] = "http://x" })));
    }

    [Fact]
    public void A_doubled_dollar_is_a_literal_reference()
    {
        var template = Parse("echo $${HOME} ${name}");

        Assert.Equal("echo ${HOME} n", template.Render(new Values(new() { ["name"] = "n" })));
        Assert.Equal(["name"], template.Variables.Select(v => v.Name));
    }

    [Fact]
    public void For_a_shell_references_become_parameter_expansions_of_environment_variables()
    {
        var template = Parse("git checkout ${previous_commit} && echo \"${env.HOME_DIR}\"");

        Assert.Equal("git checkout ${SHIPCHECK_VAR_previous_commit} && echo \"${HOME_DIR}\"", template.RenderForShell());
    }

    [Fact]
    public void An_unclosed_reference_is_reported_at_its_column()
    {
        var bag = new DiagnosticBag();

        Parse("abc ${name", bag);

        var problem = Assert.Single(bag.Items);
        Assert.Equal(14, problem.Span.Column);
        Assert.Contains("never closed", problem.Message);
    }

    [Theory]
    [InlineData("${}")]
    [InlineData("${1abc}")]
    [InlineData("${a-b}")]
    [InlineData("${env.}")]
    public void Invalid_names_are_reported(string text)
    {
        var bag = new DiagnosticBag();

        Parse(text, bag);

        Assert.Single(bag.Items);
    }
}
