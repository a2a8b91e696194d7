namespace Shipcheck.Core.Toml;

/// <summary>
/// Where headers and dotted keys put their tables, and TOML's rules on it: a table is defined once, an inline table
/// or array value is complete, dotted keys extend only the tables their own section made, <c>[[a]]</c> appends.
/// </summary>
internal static class TomlTables
{
    /// <summary>The table a <c>[a.b]</c> header opens, made now or defined now after being implicit.</summary>
    public static TomlTable DefineHeader(TomlTable root, IReadOnlyList<KeyPart> key, int line)
    {
        var parent = WalkHeaderPath(root, key, line);
        var name = key[^1].Name;
        if (!parent.TryGetValue(name, out var existing))
        {
            var table = new TomlTable(line, TableOrigin.Header, root.Source);
            parent.Add(name, table, line);
            return table;
        }
        if (existing is TomlTable { Origin: TableOrigin.Implicit } implicitTable)
        {
            implicitTable.Origin = TableOrigin.Header;
            implicitTable.Line = line;
            parent.MoveLine(name, line);
            return implicitTable;
        }
        var path = TomlKey.Text(key, key.Count);
        var first = parent.LineOf(name);
        throw Error(root, key[^1], existing switch
        {
            TomlTable { Origin: TableOrigin.Header } => $"table [{path}] is defined twice (first at line {first}); merge the two sections",
            TomlTable { Origin: TableOrigin.Dotted } => $"table [{path}] was already made by dotted keys at line {first}; add its keys there, or use only the [{path}] section",
            TomlTable => $"'{path}' is an inline table (line {first}), which cannot be extended; add the keys inside its braces",
            TomlArray { IsArrayOfTables: true } => $"'{path}' is an array of tables (line {first}); write [[{path}]] to add an element",
            _ => $"'{path}' is already {TomlTypes.NameOf(existing)} (line {first}); a [{path}] table cannot replace it",
        });
    }

    /// <summary>The new element a <c>[[a.b]]</c> header appends to its array of tables.</summary>
    public static TomlTable AppendArrayElement(TomlTable root, IReadOnlyList<KeyPart> key, int line)
    {
        var parent = WalkHeaderPath(root, key, line);
        var name = key[^1].Name;
        var element = new TomlTable(line, TableOrigin.ArrayElement, root.Source);
        if (!parent.TryGetValue(name, out var existing))
        {
            var array = new TomlArray(line, ofTables: true);
            array.Add(element);
            parent.Add(name, array, line);
            return element;
        }
        if (existing is TomlArray { IsArrayOfTables: true } tables)
        {
            tables.Add(element);
            return element;
        }
        var path = TomlKey.Text(key, key.Count);
        throw Error(root, key[^1], existing switch
        {
            TomlArray => $"'{path}' is an array value (line {parent.LineOf(name)}), which [[{path}]] cannot extend; write its tables inside the brackets, or use only [[{path}]] sections",
            TomlTable => $"'{path}' is a table (line {parent.LineOf(name)}), not an array of tables; write [{path}] or rename one of them",
            _ => $"'{path}' is already {TomlTypes.NameOf(existing)} (line {parent.LineOf(name)}); [[{path}]] cannot replace it",
        });
    }

    /// <summary>Sets <c>a.b.c = value</c> in <paramref name="table"/>, making a and b as dotted-key tables of this section.</summary>
    public static void SetDotted(TomlTable table, IReadOnlyList<KeyPart> key, object value, int section, int line)
    {
        for (var i = 0; i < key.Count - 1; i++)
        {
            var name = key[i].Name;
            if (!table.TryGetValue(name, out var child))
            {
                var made = new TomlTable(line, TableOrigin.Dotted, table.Source) { Section = section };
                table.Add(name, made, line);
                table = made;
                continue;
            }
            if (child is TomlTable { Origin: TableOrigin.Implicit } implicitTable)
            {
                implicitTable.Origin = TableOrigin.Dotted;
                implicitTable.Section = section;
            }
            if (child is TomlTable { Origin: TableOrigin.Dotted } extendable && extendable.Section == section)
            {
                table = extendable;
                continue;
            }
            var path = TomlKey.Text(key, i + 1);
            var first = table.LineOf(name);
            throw Error(table, key[i], child switch
            {
                TomlTable { Origin: TableOrigin.Inline } => $"'{path}' is an inline table (line {first}), which cannot be extended; add the key inside its braces",
                TomlTable => $"table '{path}' was defined at line {first}; write this key in that table's own section",
                TomlArray => $"'{path}' is {TomlTypes.NameOf(child)} (line {first}); a dotted key cannot add to it",
                _ => $"'{path}' is already {TomlTypes.NameOf(child)} (line {first}), so '{TomlKey.Text(key, key.Count)}' cannot make it a table",
            });
        }
        var last = key[^1].Name;
        if (table.ContainsKey(last))
        {
            throw Error(table, key[^1], $"'{TomlKey.Text(key, key.Count)}' is defined twice (first at line {table.LineOf(last)}); keep one of them");
        }
        table.Add(last, value, line);
    }

    /// <summary>An inline table is complete once closed: the tables its dotted keys made can no longer grow.</summary>
    public static void Freeze(TomlTable table)
    {
        table.Origin = TableOrigin.Inline;
        foreach (var child in table.Values.OfType<TomlTable>().Where(child => child.Origin != TableOrigin.Inline))
        {
            Freeze(child);
        }
    }

    private static TomlTable WalkHeaderPath(TomlTable root, IReadOnlyList<KeyPart> key, int line)
    {
        var table = root;
        for (var i = 0; i < key.Count - 1; i++)
        {
            var name = key[i].Name;
            if (!table.TryGetValue(name, out var child))
            {
                var made = new TomlTable(line, TableOrigin.Implicit, root.Source);
                table.Add(name, made, line);
                table = made;
                continue;
            }
            var path = TomlKey.Text(key, i + 1);
            table = child switch
            {
                TomlTable { Origin: not TableOrigin.Inline } open => open,
                TomlArray { IsArrayOfTables: true, Count: > 0 } tables => (TomlTable)tables[^1],
                TomlTable => throw Error(root, key[i], $"'{path}' is an inline table (line {table.LineOf(name)}), which cannot be extended; add the keys inside its braces"),
                _ => throw Error(root, key[i], $"'{path}' is {TomlTypes.NameOf(child)} (line {table.LineOf(name)}), so [{TomlKey.Text(key, key.Count)}] cannot add a table to it"),
            };
        }
        return table;
    }

    private static TomlException Error(TomlTable table, KeyPart at, string problem) => new(problem, at.Line, at.Column, table.Source);
}
