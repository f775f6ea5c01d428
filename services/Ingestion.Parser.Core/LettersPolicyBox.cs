namespace Ingestion.Parser.Core;

/// <summary>
/// "Write to us" / "Letters must be 250 words or fewer and include the writer's name, address and phone number. Send to
/// letters@cfregister.com.": a paper's letters page closes with how to send a letter, a box under a short label. The
/// label and the rules under it, which name letters and where to send them, are furniture, no letter.
/// </summary>
internal static class LettersPolicyBox
{
    private static readonly WordSet Labels = new(["write to us", "write to the editor", "letters policy", "our letters policy", "submit a letter", "send us a letter", "how to submit a letter"]);

    private const int MaxRulesLength = 400;

    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.AsSpan().Trim(" :");
        if (text.Length is < 5 or > MaxRulesLength)
        {
            return false;
        }

        if (Labels.Contains(text))
        {
            return lines.NearWithinOneBlank(index, 1) is var below && below >= 0 && IsRules(lines[below].Text.AsSpan().Trim());
        }

        return lines.NearWithinOneBlank(index, -1) is var above && above >= 0 && Labels.Contains(lines[above].Text.AsSpan().Trim(" :")) && IsRules(text);
    }

    /// <summary>"Letters must be 250 words or fewer … Send to letters@…": the rules name letters and an address to send them to.</summary>
    private static bool IsRules(ReadOnlySpan<char> text) =>
        text.Length <= MaxRulesLength && text.Contains("letter", StringComparison.OrdinalIgnoreCase) && text.Contains('@');
}
