namespace Ingestion.Parser.Core;

/// <summary>
/// "Try our newsletters free for a month. We may not all agree, but we all learn from each other. Tidewater Money has a
/// disclosure policy.": the paragraph closing an investing site's fine print, whose last sentence is the site pointing to
/// its own policy: a capitalised name of a few words and "has a disclosure policy." alone. The note leaves the body with
/// the holdings note over it. "The bank said it has a disclosure policy." (a lower-case word before the verb) and a
/// paragraph that is the pointer alone stay.
/// Cost: the suffix compare <see cref="DisclosurePolicyNote"/> makes, then one look back to the sentence's start.
/// </summary>
internal static class DisclosurePolicyPointer
{
    private const string Pointer = " has a disclosure policy.";

    public static bool Ends(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (!DisclosurePolicyNote.Is(text) || !text.EndsWith(Pointer, StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..^Pointer.Length];
        var stop = before.LastIndexOfAny('.', '?', '!');
        if (stop < 0)
        {
            return false;
        }

        // The site's name: one to five words, each opening with a capital.
        var name = before[(stop + 1)..].Trim();
        var words = 0;
        foreach (var range in name.Split(' '))
        {
            if (name[range] is not [var first, ..] || !char.IsUpper(first))
            {
                return false;
            }

            words++;
        }

        return words is >= 1 and <= 5;
    }
}
