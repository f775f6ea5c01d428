namespace Ingestion.Parser.Core;

/// <summary>
/// "The Bugle is reader-supported. Become a member for $5 a month.": a member-funded site's appeal set inside the text,
/// a sentence or two that tell the reader to join. The call opens a sentence ("Become a member", "Become a supporter",
/// "Become a Bugle Member", the site's name before the word), which a story's sentence about membership ("Residents can
/// become a member for $20 a year.") does not.
/// The appeal under a magazine's text can run to a paragraph when it opens with a question to the reader ("Do stories
/// like this matter to you? Become a Bugle Member and support … Join a community of …", 302 characters on the page it was
/// seen on): the call right after that question marks it (<see cref="IsQuestionLed"/>), for lines up to 400 characters
/// with no quotation in them.
/// </summary>
internal static class MembershipAppeal
{
    private static readonly string[] Roles = ["member", "supporter", "sustaining member"];

    private const string Call = "Become a ";

    private const int MaxLength = 220;

    private const int MaxQuestionLedLength = 400;

    /// <summary>How far into the line the opening question may end.</summary>
    private const int MaxQuestionLength = 100;

    /// <summary>Capitalised words (the site's name) that may stand between "Become a" and the role.</summary>
    private const int MaxNameWords = 2;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IndexOf("ecome a ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOf(Call, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            var at = from + found;
            // At the line's start or right after a sentence's end: "…reader-supported. Become a member …".
            if ((at == 0 || (at >= 2 && text[at - 1] == ' ' && text[at - 2] is '.' or '!' or '?')) && NamesRole(text[(at + Call.Length)..]))
            {
                return true;
            }

            from = at + Call.Length;
        }

        return false;
    }

    /// <summary>"Do stories like this matter to you? Become a Bugle Member and support …": a question, then the call.</summary>
    public static bool IsQuestionLed(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxQuestionLedLength || text.Length <= MaxLength || text.IndexOfAny('"', '“', '”') >= 0)
        {
            return false;
        }

        var question = text[..Math.Min(text.Length, MaxQuestionLength)].IndexOf('?');
        if (question < 0)
        {
            return false;
        }

        var rest = text[(question + 1)..].TrimStart();
        return rest.StartsWith(Call, StringComparison.Ordinal) && NamesRole(rest[Call.Length..]);
    }

    /// <summary>"member …", "supporter …", "Bugle Member …": the role, after at most two capitalised words of a name.</summary>
    private static bool NamesRole(ReadOnlySpan<char> rest)
    {
        for (var words = 0; ; words++)
        {
            foreach (var role in Roles)
            {
                if (rest.StartsWith(role, StringComparison.OrdinalIgnoreCase) && (rest.Length == role.Length || !char.IsLetter(rest[role.Length])))
                {
                    return true;
                }
            }

            if (words == MaxNameWords || rest.IsEmpty || !char.IsUpper(rest[0]))
            {
                return false;
            }

            var space = rest.IndexOf(' ');
            if (space < 0)
            {
                return false;
            }

            rest = rest[(space + 1)..];
        }
    }
}
