using Shipcheck.Core.Checks.Findings;

namespace Shipcheck.Core.Checks.Migrations.Alembic;

/// <summary>
/// The revisions of one Alembic <c>versions/</c> folder linked by <c>down_revision</c>: its heads, the parents that do
/// not exist, the revisions declared twice, and cycles. Every walk keeps a visited set, so a cycle never hangs it.
/// </summary>
internal sealed class AlembicGraph
{
    private readonly Dictionary<string, Migration> _byId = new(StringComparer.Ordinal);
    private readonly List<(Migration First, Migration Again)> _duplicates = [];

    public AlembicGraph(IReadOnlyList<Migration> revisions)
    {
        foreach (var revision in revisions)
        {
            if (!_byId.TryAdd(revision.Id, revision))
            {
                _duplicates.Add((_byId[revision.Id], revision));
            }
        }
        var parents = _byId.Values.SelectMany(r => r.Parents).ToHashSet(StringComparer.Ordinal);
        Heads = [.. _byId.Keys.Where(id => !parents.Contains(id)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The revisions no other revision names as its <c>down_revision</c>; <c>alembic heads</c> lists the same.</summary>
    public IReadOnlyList<string> Heads { get; }

    /// <summary>True when <paramref name="id"/> is a revision here.</summary>
    public bool Has(string id) => _byId.ContainsKey(id);

    /// <summary>The findings about the graph's shape: one head (pass) or not, missing parents, duplicates, a cycle.</summary>
    public IReadOnlyList<Finding> Judge(string folder)
    {
        var findings = new List<Finding>();
        foreach (var (first, again) in _duplicates)
        {
            findings.Add(Finding.Fail("alembic revisions",
                $"revision {again.Id} is declared by both {first.File} and {again.File}; give one of them a new revision id", Place(again)));
        }
        foreach (var revision in _byId.Values)
        {
            foreach (var parent in revision.Parents.Where(p => !_byId.ContainsKey(p)))
            {
                findings.Add(Finding.Fail("alembic revisions",
                    $"{revision.Id}'s down_revision '{parent}' is not a revision in {folder}; restore that revision's file, or correct down_revision",
                    Place(revision)));
            }
        }
        if (FindCycle() is { } cycle)
        {
            findings.Add(Finding.Fail("alembic revisions",
                $"the revisions form a cycle: {string.Join(" → ", cycle)}; a down_revision must name an older revision", Place(_byId[cycle[0]])));
        }
        findings.Add(HeadsFinding(folder));
        return findings;
    }

    /// <summary>Every revision that <paramref name="applied"/> (the database's heads) includes: they and all their ancestors.</summary>
    public HashSet<string> AppliedBy(IEnumerable<string> applied)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new Stack<string>(applied);
        while (waiting.TryPop(out var id))
        {
            if (seen.Add(id) && _byId.TryGetValue(id, out var revision))
            {
                foreach (var parent in revision.Parents)
                {
                    waiting.Push(parent);
                }
            }
        }
        return seen;
    }

    /// <summary>The revisions oldest first: each after its parents (those in a cycle last, in file order).</summary>
    public IReadOnlyList<Migration> InOrder()
    {
        var ordered = new List<Migration>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var revision in _byId.Values.Where(r => !placed.Contains(r.Id)))
            {
                if (revision.Parents.All(p => placed.Contains(p) || !_byId.ContainsKey(p)))
                {
                    ordered.Add(revision);
                    placed.Add(revision.Id);
                    progress = true;
                }
            }
        }
        ordered.AddRange(_byId.Values.Where(r => !placed.Contains(r.Id)));
        return ordered;
    }

    private Finding HeadsFinding(string folder) => Heads.Count switch
    {
        1 => Finding.Pass("alembic heads", $"one head: {Heads[0]}"),
        0 when _byId.Count == 0 => Finding.Pass("alembic heads", $"no revisions in {folder} yet"),
        0 => Finding.Fail("alembic heads", "no head: every revision is some revision's down_revision, so they form a cycle"),
        _ => Finding.Fail("alembic heads",
            $"{Heads.Count} heads: {string.Join(", ", Heads)}; join them with `alembic merge heads` and commit the merge revision"),
    };

    /// <summary>A cycle of down_revision links as ids (the first repeated at the end), or null; iterative, so a long chain cannot overflow.</summary>
    private List<string>? FindCycle()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in _byId.Keys)
        {
            if (done.Contains(start))
            {
                continue;
            }
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<(string Id, int Next)>();
            stack.Push((start, 0));
            path.Add(start);
            onPath.Add(start);
            while (stack.TryPop(out var top))
            {
                var parents = _byId[top.Id].Parents;
                var next = top.Next;
                while (next < parents.Count && (!_byId.ContainsKey(parents[next]) || done.Contains(parents[next])))
                {
                    next++;
                }
                if (next == parents.Count)
                {
                    done.Add(top.Id);
                    onPath.Remove(top.Id);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                var parent = parents[next];
                stack.Push((top.Id, next + 1));
                if (onPath.Contains(parent))
                {
                    return [.. path[path.IndexOf(parent)..], parent];
                }
                stack.Push((parent, 0));
                path.Add(parent);
                onPath.Add(parent);
            }
        }
        return null;
    }

    private static string Place(Migration revision) => revision.Line is { } line ? $"{revision.File}:{line}" : revision.File;
}
