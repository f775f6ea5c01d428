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

    [Fact]
    public void The_story_date_right_over_a_scoreboard_heads_no_box()
    {
        var lines = Removed("By Kyle Ames\nSept. 27, 2013 6:45 PM PT\n\t1\t2\t3\t4\tT\nRiverside\t7\t0\t7\t7\t21\nCanyon Vista\t7\t7\t7\t7\t28\nFinal");

        Assert.Equal("Sept. 27, 2013 6:45 PM PT", lines[1].Text);
        Assert.All(lines.Skip(2).Take(3), line => Assert.True(line.IsBlank));
    }
}
