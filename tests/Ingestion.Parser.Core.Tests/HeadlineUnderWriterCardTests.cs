using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineUnderWriterCardTests
{
    private const string Headline = "What two years of running a tool library taught me about my neighbors";
    private const string Subtitle = "Lending drills, ladders and a surprising number of pasta makers out of a garage";

    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private static bool AlwaysHeadline(int index) => true;

    [Theory]
    [InlineData("Marisol Okafor\nMar 1, 2018\n\n" + Headline + "\n\n" + Subtitle + "\n", 3, 5)]
    // w3m's drawn rule between the card and the headline.
    [InlineData("Marisol Okafor\nMar 1, 2018\n━━━━━━━━━━━━━━━━\n\n" + Headline + "\n\n" + Subtitle + "\n", 4, 6)]
    public void The_first_of_two_headline_lines_under_the_card_date_is_the_headline(string text, int headline, int subtitle)
    {
        Assert.Equal(headline, HeadlineUnderWriterCard.Over(Lines(text), subtitle, AlwaysHeadline));
    }

    [Theory]
    // No date over them: a kicker's or a menu's line may be over the headline.
    [InlineData("Marisol Okafor\n\n" + Headline + "\n\n" + Subtitle + "\n")]
    // The line under is shorter than the one over it: the headline is the lower line, under a longer kicker line.
    [InlineData("Mar 1, 2018\n\n" + Subtitle + "\n\n" + Headline + "\n")]
    // A sentence under the line: the text's first paragraph, not a subtitle.
    [InlineData("Mar 1, 2018\n\n" + Headline + "\n\n" + Subtitle + ".\n")]
    // A short label over the line: a kicker of fewer than five words.
    [InlineData("Mar 1, 2018\n\nLocal News\n\n" + Subtitle + "\n")]
    public void Other_pairs_are_left_alone(string text)
    {
        var lines = Lines(text);
        Assert.Equal(-1, HeadlineUnderWriterCard.Over(lines, LastNonBlank(lines), AlwaysHeadline));
    }

    private static int LastNonBlank(PageLines lines)
    {
        var last = lines.Count - 1;
        while (lines[last].IsBlank)
        {
            last--;
        }

        return last;
    }
}
