namespace Ingestion.Parser.Core;

/// <summary>
/// "Comments (32) Closed": a South Asian daily's thread heading prints whether the thread still takes comments after its
/// count; the state is no part of the heading.
/// </summary>
internal static class ThreadStateAfterCount
{
    private static readonly string[] States = [") Closed", ") closed", ") CLOSED", ") Open", ") open"];

    public static string Without(string line)
    {
        var text = line.AsSpan().TrimEnd();
        foreach (var state in States)
        {
            if (text.EndsWith(state, StringComparison.Ordinal))
            {
                return text[..^(state.Length - 1)].ToString();
            }
        }

        return line;
    }
}
