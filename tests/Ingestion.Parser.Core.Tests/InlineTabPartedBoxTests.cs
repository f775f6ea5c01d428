using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineTabPartedBoxTests
{
    private static List<TextLine> Removed(string page) => InlineTabPartedBox.Remove(TextLine.Split(page));

    [Fact]
    public void Rows_run_on_between_the_story_and_the_comments_are_the_box_with_their_heading()
    {
        var lines = Removed("Stocks fell for a fifth day.\nMarket snapshot\nIndex\tLast\tChange\nDow\t15,258.24\t-70.06\nNasdaq\t3,781.59\t-6.71\nComments (23)");

        Assert.Equal("Stocks fell for a fifth day.", lines[0].Text);
        Assert.All(lines.Skip(1).Take(4), line => Assert.True(line.IsBlank));
        Assert.Equal("Comments (23)", lines[^1].Text);
    }

    [Fact]
    public void Two_rows_or_a_sentence_over_the_rows_stay()
    {
        var twoRows = Removed("Price:\t$1,250,000\nLot:\t5.2 acres\nThe agent said it would sell fast.");
        var sentence = Removed("The county posted these results.\nCandidate\tVotes\nOkafor\t18,402\nBrandt\t14,977");

        Assert.All(twoRows, line => Assert.False(line.IsBlank));
        Assert.Equal("The county posted these results.", sentence[0].Text);
        Assert.All(sentence.Skip(1), line => Assert.True(line.IsBlank));
    }
}
