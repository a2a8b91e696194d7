using System.Text.RegularExpressions;
using Shipcheck.Core.SecretScanning.Rules;

namespace Shipcheck.Core.SecretScanning.Scanning;

/// <summary>
/// Asks whether one rule's pattern matches in a window, with whichever .NET engine has cost least so far. Both
/// engines answer the same (one language, two ways of running it); they differ in cost. Building the
/// non-backtracking matcher costs 5–20 ms and about 2 MB a rule, more than most rules ever spend matching in a scan
/// (a 222-rule config meets a hundred rules' keywords in a tree of docs, most of them a few dozen times), while the
/// backtracking interpreter is built in microseconds but has no linear-time bound. So each rule starts on the
/// interpreter and moves for good to the non-backtracking matcher once its interpreted matching has cost as much as
/// building that would (<see cref="InterpreterBudget"/>), or as soon as one window takes longer than
/// <see cref="InterpreterTimeout"/>: what a hostile line could make the interpreter spend is bounded by those two.
/// </summary>
internal sealed class ExistenceCheck(RuleRegex regex, TimeProvider time, TimeSpan budget)
{
    /// <summary>Interpreted matching a rule may spend before it moves to the non-backtracking matcher.</summary>
    public static readonly TimeSpan InterpreterBudget = TimeSpan.FromMilliseconds(20);

    /// <summary>The longest one interpreted match may run before the window is asked again of the other engine.</summary>
    public static readonly TimeSpan InterpreterTimeout = TimeSpan.FromMilliseconds(100);

    private Regex? _interpreter;
    private long _spentTicks;
    private volatile bool _linear = budget <= TimeSpan.Zero;

    /// <summary>True once this rule runs on the non-backtracking matcher (for tests).</summary>
    public bool Linear => _linear;

    public bool IsMatch(ReadOnlySpan<char> window)
    {
        if (!_linear)
        {
            var started = time.GetTimestamp();
            try
            {
                _interpreter ??= new Regex(regex.ExistencePattern, RegexOptions.CultureInvariant, InterpreterTimeout);
                return _interpreter.IsMatch(window);
            }
            catch (RegexMatchTimeoutException)
            {
                _linear = true;
            }
            finally
            {
                var spent = Interlocked.Add(ref _spentTicks, time.GetElapsedTime(started).Ticks);
                if (spent > budget.Ticks)
                {
                    _linear = true;
                }
            }
        }
        return regex.IsMatch(window);
    }
}
