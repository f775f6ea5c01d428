namespace Ingestion.Parser.Core;

/// <summary>
/// "The Bugle is reader-supported. Become a member for $5 a month.": a member-funded site's appeal set inside the text,
/// a sentence or two that tell the reader to join. The call opens a sentence ("Become a member", "Become a supporter"),
/// which a story's sentence about membership ("Residents can become a member for $20 a year.") does not.
/// The call may name the site ("Become a Lantern Weekly Member and support independent arts publishing."), one or two
/// capitalised words before the rank. An appeal hooked by a question to the reader ("Do stories like this matter to you?
/// Become a … Member … Join a community of readers …, apply for our annual grant, and get exclusive access to …") runs
/// longer, up to 400 characters, since it lists what members get; a longer line is never such an appeal.
/// Cost: one search for "ecome a " per line of at most 400 characters; the rest only for a line that holds it.
/// </summary>
internal static class MembershipAppeal
{
    private const string Call = "Become a ";

    private static readonly string[] Ranks = ["member", "supporter", "sustaining member"];

    private const int MaxLength = 220;

    private const int MaxHookedLength = 400;

    private const int MaxHookLength = 120;

    private const int MaxSiteNameWords = 2;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxHookedLength || text.IndexOf("ecome a ", StringComparison.Ordinal) < 0)
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
            if ((at == 0 || (at >= 2 && text[at - 1] == ' ' && text[at - 2] is '.' or '!' or '?'))
                && NamesRank(text[(at + Call.Length)..])
                && (text.Length <= MaxLength || IsHookedByQuestion(text[..at])))
            {
                return true;
            }

            from = at + Call.Length;
        }

        return false;
    }

    /// <summary>"member …", "supporter …", or the site's name first: "Lantern Weekly Member and support …".</summary>
    private static bool NamesRank(ReadOnlySpan<char> rest)
    {
        for (var names = 0; ; names++)
        {
            foreach (var rank in Ranks)
            {
                if (rest.StartsWith(rank, StringComparison.OrdinalIgnoreCase) && (rest.Length == rank.Length || !char.IsLetter(rest[rank.Length])))
                {
                    return true;
                }
            }

            if (names == MaxSiteNameWords || rest.IsEmpty || !char.IsUpper(rest[0]) || rest.IndexOf(' ') is not (> 0 and var space))
            {
                return false;
            }

            rest = rest[(space + 1)..];
        }
    }

    /// <summary>The line opens with one short question to the reader, right before the call: "Do stories like this matter to you?".</summary>
    private static bool IsHookedByQuestion(ReadOnlySpan<char> before)
    {
        var hook = before.TrimEnd();
        return hook.Length is > 0 and <= MaxHookLength && hook[^1] == '?' && hook[..^1].IndexOfAny('.', '!', '?') < 0
            && hook.Contains("you", StringComparison.OrdinalIgnoreCase);
    }
}
