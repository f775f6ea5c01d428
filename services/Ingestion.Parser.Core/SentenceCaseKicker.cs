namespace Ingestion.Parser.Core;

/// <summary>
/// "Album review" / "Harbor Lights, 'Salt and Static': a quieter, braver record": a section kicker set in sentence case
/// right over the headline. A masthead is a name, its words capitalised ("The Harbor Point Beacon"); two to four words
/// of which only the first is are a label of the page's kind ("Album review", "Local news", "Book of the week").
/// </summary>
internal static class SentenceCaseKicker
{
    private const int MaxLength = 30;

    public static bool Is(string name)
    {
        var text = name.AsSpan().Trim();
        if (text.Length is < 4 or > MaxLength || !char.IsUpper(text[0]))
        {
            return false;
        }

        var words = 1;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                // Every later word opens in lower case; a capital or a digit after a space makes a name ("Album Review", "Radio 4").
                if (i + 1 >= text.Length || !char.IsLower(text[i + 1]))
                {
                    return false;
                }

                words++;
            }
            else if (!char.IsLetter(c))
            {
                return false;
            }
            else if (char.IsUpper(c))
            {
                return false;
            }
        }

        return words is 2 or 3 or 4;
    }
}
