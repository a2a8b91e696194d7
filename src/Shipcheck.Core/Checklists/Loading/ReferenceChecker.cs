namespace Shipcheck.Core.Checklists.Loading;

/// <summary>Checks that every <c>${name}</c> in a template names a variable that exists.</summary>
internal static class ReferenceChecker
{
    /// <summary>Reports each reference of <paramref name="template"/> missing from <paramref name="known"/>.</summary>
    public static void Check(YamlContext ctx, Template template, SourceSpan contentSpan, IReadOnlySet<string> known)
    {
        foreach (var reference in template.Variables)
        {
            if (Template.IsName(reference.Name) && !known.Contains(reference.Name))
            {
                ctx.Report(LoadErrors.UnknownVariable(contentSpan.Shift(reference.Offset), reference.Name, known));
            }
        }
    }
}
