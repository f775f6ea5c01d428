namespace Ingestion.Parser.Core;

/// <summary>
/// "This story was produced with support from the Sierra Foothill Reporting Fund. The Sentinel retains full editorial
/// control.": a nonprofit-funded story closes with a note naming its funder, the paper's furniture, no paragraph of the
/// text. It opens with the story's kind and "was produced with (the) support of/from" or "was supported by".
/// </summary>
internal static class FundingNote
{
    private static readonly PrefixSet Openings = new(
    [
        "this story was produced with support", "this story was produced with the support", "this story was supported by",
        "this article was produced with support", "this article was produced with the support", "this article was supported by",
        "this report was produced with support", "this report was produced with the support", "this reporting was supported by",
        "this project was produced with support", "this project was produced with the support", "this series was produced with support",
        "this series was produced with the support", "this series was supported by",
    ]);

    private const int MaxLength = 300;

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length <= MaxLength && text.StartsWith("This ", StringComparison.Ordinal) && Openings.Matches(text);
}
