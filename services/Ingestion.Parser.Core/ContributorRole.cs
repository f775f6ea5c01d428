namespace Ingestion.Parser.Core;

/// <summary>
/// "Dana Whitfield" / "Founder, Tidewater Reading Project": a contributor's role and organisation under the name in a
/// blog platform's author box (HuffPost, Forbes, The Conversation), neither a headline nor text.
/// </summary>
internal static class ContributorRole
{
    private static readonly WordSet RoleWords = new(
    [
        "founder", "co-founder", "cofounder", "director", "president", "professor", "author", "ceo", "chair", "fellow", "executive",
        "writer", "editor", "contributor", "columnist", "lecturer", "researcher", "analyst", "partner", "consultant", "blogger",
    ]);

    public static bool IsRoleUnderName(string text, string? lineAbove)
    {
        if (lineAbove is null || text.Length > 80 || Words.EndsSentence(text) || !Words.LooksLikePersonName(lineAbove.Trim()))
        {
            return false;
        }

        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || Words.Count(text.AsSpan(0, comma)) > 3)
        {
            return false;
        }

        foreach (var range in text.AsSpan(0, comma).Split(' '))
        {
            if (RoleWords.Contains(text.AsSpan(0, comma)[range]))
            {
                return true;
            }
        }

        return false;
    }
}
