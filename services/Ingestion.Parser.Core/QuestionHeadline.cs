namespace Ingestion.Parser.Core;

/// <summary>
/// "Rouhani at UN: Is Iran's new president offering a real shift on nuclear program?" / "Iranian President Hassan Rouhani
/// told the UN General Assembly that …" / "By Name, Staff writer / September 24, 2013": a headline that asks a question
/// ends like a sentence, but with the deck under it over the byline it is the headline, not the text's first paragraph.
/// </summary>
internal static class QuestionHeadline
{
    private const int MaxLength = 160;

    public static bool IsOverDeck(string text, int next, int end, Func<int, bool> isStandfirstAboveByline)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length is > 0 and <= MaxLength && trimmed[^1] == '?' && next < end && isStandfirstAboveByline(next);
    }
}
