namespace Ingestion.Parser.Core;

/// <summary>
/// "Cedar Falls township votes … | Login/Create an Account | 4 comments": PHP-Nuke's and Slash's bar over a story's
/// thread joins the story's title, the sign-in link and the count of comments with bars. The part that counts comments
/// is the thread's count when another part is the sign-in link, which no story or menu line holds.
/// </summary>
internal static class ThreadBarCount
{
    private const string Bar = " | ";

    /// <summary>Longest count part ("1,204 comments").</summary>
    private const int MaxCountPart = 20;

    public static int? DeclaredCount(string line)
    {
        // Cheap first: a bar and the sign-in link's word; prose joins neither.
        if (line.Length > 160 || line.IndexOf(Bar, StringComparison.Ordinal) < 0 || line.IndexOf("Account", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var parts = line.Split(Bar, StringSplitOptions.TrimEntries);
        if (parts.Length < 3 || !parts.Any(IsSignInLink))
        {
            return null;
        }

        foreach (var part in parts)
        {
            if (part.Length is > 0 and <= MaxCountPart && char.IsAsciiDigit(part[0]) && (part.EndsWith(" comments", StringComparison.OrdinalIgnoreCase) || part.EndsWith(" comment", StringComparison.OrdinalIgnoreCase)))
            {
                var space = part.IndexOf(' ');
                if (space > 0 && int.TryParse(part.AsSpan(0, space), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var count))
                {
                    return count;
                }
            }
        }

        return null;
    }

    /// <summary>"Login/Create an Account", "Log In/Create an Account", "Create an Account".</summary>
    private static bool IsSignInLink(string part) =>
        part.Length <= 30 && part.EndsWith("Create an Account", StringComparison.OrdinalIgnoreCase);
}
