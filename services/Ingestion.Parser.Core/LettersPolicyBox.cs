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

        if (IsInvitation(text))
        {
            return true;
        }

        if (Labels.Contains(text))
        {
            return lines.NearWithinOneBlank(index, 1) is var below && below >= 0 && IsRules(lines[below].Text.AsSpan().Trim());
        }

        return lines.NearWithinOneBlank(index, -1) is var above && above >= 0 && Labels.Contains(lines[above].Text.AsSpan().Trim(" :")) && IsRules(text);
    }

    /// <summary>
    /// "Submit your letter to the editor via this form. Read more Letters to the Editor.": the page's own line over the
    /// letters asks for more of them and says where to send them, with no label over it. Only a short line that opens
    /// with the request and names the editor, a form or an address: "Send your letters and calls to the council, I told
    /// them" is a letter's sentence.
    /// </summary>
    private static bool IsInvitation(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxInvitationLength)
        {
            return false;
        }

        foreach (var invitation in Invitations)
        {
            if (text.StartsWith(invitation, StringComparison.OrdinalIgnoreCase))
            {
                return text.Contains('@') || text.Contains("editor", StringComparison.OrdinalIgnoreCase) || text.Contains(" form", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private const int MaxInvitationLength = 200;

    private static readonly string[] Invitations =
        ["submit your letter", "submit a letter", "send your letter", "send us your letter", "send a letter", "to submit a letter", "email your letter", "e-mail your letter"];

    /// <summary>"Letters must be 250 words or fewer … Send to letters@…": the rules name letters and an address to send them to.</summary>
    private static bool IsRules(ReadOnlySpan<char> text) =>
        text.Length <= MaxRulesLength && text.Contains("letter", StringComparison.OrdinalIgnoreCase) && text.Contains('@');
}
