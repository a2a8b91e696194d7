using System.Data.Common;
using System.Text;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>What a query returned: the column names, the first few rows, and how many rows there were.</summary>
internal sealed class SqlRows
{
    /// <summary>Rows kept for the evidence table.</summary>
    public const int ShownRows = 5;

    private const int CellWidth = 40;

    private SqlRows(IReadOnlyList<string> columns, IReadOnlyList<Value[]> firstRows, long count)
    {
        Columns = columns;
        FirstRows = firstRows;
        Count = count;
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Up to <see cref="ShownRows"/> rows.</summary>
    public IReadOnlyList<Value[]> FirstRows { get; }

    /// <summary>Rows returned.</summary>
    public long Count { get; }

    /// <summary>Reads every row of <paramref name="reader"/>, keeping only the first few.</summary>
    public static async Task<SqlRows> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<Value[]>();
        long count = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (rows.Count < ShownRows)
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Read(reader, i))]);
            }
            count++;
        }
        return new SqlRows(columns, rows, count);
    }

    /// <summary><c>rows</c>, then the first row's columns by name (the first of a repeated name wins; <c>rows</c> stays the count).</summary>
    public Observations ToObservations()
    {
        var observations = new Observations();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (!observations.ContainsKey(Columns[i]) && Columns[i] != "rows")
            {
                observations.Set(Columns[i], FirstRows.Count > 0 ? FirstRows[0][i] : Value.Null);
            }
        }
        return observations.Set("rows", Value.Of(Count));
    }

    /// <summary>A small text table: header, the first rows, and the total.</summary>
    public string ToTable()
    {
        var cells = FirstRows.Select(row => row.Select(v => Cell(v is StringValue text ? text.Value : v.Display())).ToArray()).ToList();
        var widths = Columns.Select((c, i) => cells.Select(r => r[i].Length).Append(Cell(c).Length).Max()).ToArray();
        var table = new StringBuilder();
        table.AppendLine(Line(Columns.Select(Cell), widths));
        table.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            table.AppendLine(Line(row, widths));
        }
        table.Append(Count == 1 ? "(1 row)" : $"({Count} rows)");
        return table.ToString();
    }

    private static Value Read(DbDataReader reader, int ordinal)
    {
        try
        {
            return SqlValues.From(reader.GetValue(ordinal));
        }
        catch (Exception e) when (e is InvalidCastException or NotSupportedException or OverflowException)
        {
            // A type the driver cannot map to .NET (an extension's type) still has a text form.
            return Value.Of(reader.GetFieldValue<string>(ordinal));
        }
    }

    private static string Line(IEnumerable<string> cells, int[] widths) =>
        string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();

    private static string Cell(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length > CellWidth ? flat[..(CellWidth - 1)] + "…" : flat;
    }
}
