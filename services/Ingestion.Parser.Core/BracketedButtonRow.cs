namespace Ingestion.Parser.Core;

/// <summary>
/// "[Recommend] [Tweet] [Email] [Print] [Comments (7)]": a text browser prints each button of a story's tool row as its
/// label in square brackets, side by side on one line. A row of such labels is furniture, no caption and no text;
/// one bracketed line alone ("[Cars fill the main lot on Tuesday.]", a picture's alt text) is not a row.
/// </summary>
internal static class BracketedButtonRow
{
    private const int MinButtons = 3;

    private const int MaxButtonWords = 4;

    private const int MaxButtonLength = 24;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length < 10 || text[0] != '[' || text[^1] != ']')
        {
            return false;
        }

        var buttons = 0;
        var rest = text;
        while (!rest.IsEmpty)
        {
            if (rest[0] != '[' || rest.IndexOf(']') is not (> 1 and var close) || close - 1 > MaxButtonLength)
            {
                return false;
            }

            var label = rest[1..close].Trim();
            // A button's label opens with a letter ("[Print]"); a link number ("[12]") or a form field ("[      ]") does not.
            if (label.IsEmpty || !char.IsLetter(label[0]) || Words.Count(label) > MaxButtonWords || label.IndexOf('[') >= 0)
            {
                return false;
            }

            buttons++;
            rest = rest[(close + 1)..].TrimStart(' ');
        }

        return buttons >= MinButtons;
    }
}
