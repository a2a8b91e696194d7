using System.Globalization;

namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>Walks into maps and lists; a step that leads nowhere gives a missing value, never an error.</summary>
internal static class Paths
{
    /// <summary><c>target.name</c>: exact name first, then ignoring case (HTTP header names are case-insensitive).</summary>
    public static Operand Member(Value target, string name)
    {
        if (target is not MapValue map)
        {
            return Operand.Absent;
        }
        if (map.Entries.TryGetValue(name, out var value))
        {
            return new Operand(value);
        }
        foreach (var (key, entry) in map.Entries)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return new Operand(entry);
            }
        }
        return Operand.Absent;
    }

    /// <summary><c>target[index]</c>: a list position (negative from the end) or a map key.</summary>
    public static Operand Index(Value target, Operand index) => target switch
    {
        ListValue list => Position(list, index),
        MapValue => Member(target, index.Value switch
        {
            StringValue s => s.Value,
            NumberValue n => n.Display(),
            _ => "\0",
        }),
        _ => Operand.Absent,
    };

    private static Operand Position(ListValue list, Operand index)
    {
        var number = index.Value switch
        {
            NumberValue n => n.Value,
            StringValue s when index.FromVariable && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => double.NaN,
        };
        if (double.IsNaN(number) || number != Math.Floor(number) || Math.Abs(number) > int.MaxValue)
        {
            return Operand.Absent;
        }
        var position = (int)number;
        if (position < 0)
        {
            position += list.Items.Count;
        }
        return position >= 0 && position < list.Items.Count ? new Operand(list.Items[position]) : Operand.Absent;
    }
}
