namespace Ingestion.Parser.Core;

/// <summary>
/// "Bonus: Our reader's pie recipe, which sounds like a joke. Just kidding, we're glad it happened!": a list article's
/// closing extra item opens with the same label as a teaser link ("BONUS: 10 Apps Every College Student Needs"), but goes
/// on in sentences. The teaser is a headline; the item is prose, so it stays a paragraph. Asked only of a line that already
/// opens with the label: a sentence end followed by another word.
/// </summary>
public static class BonusItemProse
{
    private const string Label = "bonus:";

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith(Label, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[Label.Length..].Trim();
        for (var i = 1; i < rest.Length; i++)
        {
            // "… happened! Never …", "… Christmas.” Just …": a sentence's end after a word, a space, the next one's capital.
            if (rest[i] is not ('.' or '!' or '?') || !char.IsLetter(rest[i - 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < rest.Length && rest[next] is '”' or '"' or '’' or ')')
            {
                next++;
            }

            if (next + 1 < rest.Length && rest[next] == ' ' && char.IsUpper(rest[next + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
