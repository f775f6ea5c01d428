namespace Ingestion.Parser.Core;

/// <summary>
/// "The Bugle is reader-supported. Become a member for $5 a month.": a member-funded site's appeal set inside the text,
/// a sentence or two that tell the reader to join. The call opens a sentence ("Become a member", "Become a supporter"),
/// which a story's sentence about membership ("Residents can become a member for $20 a year.") does not.
/// </summary>
internal static class MembershipAppeal
{
    private static readonly string[] Calls = ["Become a member", "Become a supporter", "Become a sustaining member"];

    private const int MaxLength = 220;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || text.IndexOf("ecome a ", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var call in Calls)
        {
            var at = text.IndexOf(call, StringComparison.Ordinal);
            // At the line's start or right after a sentence's end: "…reader-supported. Become a member …".
            if (at == 0 || (at >= 2 && text[at - 1] == ' ' && text[at - 2] is '.' or '!' or '?'))
            {
                return true;
            }
        }

        return false;
    }
}
