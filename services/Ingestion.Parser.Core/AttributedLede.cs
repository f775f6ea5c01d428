namespace Ingestion.Parser.Core;

/// <summary>
/// "The county will close the Mill Street bridge … for six weeks …, the public works department said Tuesday.": an
/// English story's first paragraph tells who said so, in the past tense; a deck or standfirst sums the story up in the
/// present ("Netanyahu's office calls speech 'cynical'; Israeli delegation walked out …") and attributes nothing. Under a
/// dated byline block, over the lead picture, such a sentence is the text's start, not a standfirst.
/// </summary>
internal static class AttributedLede
{
    private const string Said = " said";

    public static bool Is(string text)
    {
        var at = text.IndexOf(Said, StringComparison.Ordinal);
        while (at >= 0)
        {
            var after = at + Said.Length;
            if (after == text.Length || !char.IsLetter(text[after]))
            {
                return true;
            }

            at = text.IndexOf(Said, after, StringComparison.Ordinal);
        }

        return false;
    }
}
