using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FiguresTableTests
{
    private static List<TextLine> Removed(string page) => FiguresTable.Remove(TextLine.Split(page));

    [Fact]
    public void Rows_whose_cells_a_scraper_parts_with_tabs_are_the_table_with_its_heading()
    {
        var lines = Removed(
            "Harbor City (3-1) lost a linebacker to a knee injury.\n\nBOX SCORE\n\t1\t2\t3\t4\tT\nHarbor City\t7\t3\t14\t7\t31\nRidgeport\t0\t10\t3\t7\t20\nFirst downs\t22\t17\n\n5 Comments");

        Assert.Equal("Harbor City (3-1) lost a linebacker to a knee injury.", lines[0].Text);
        Assert.All(lines.Skip(1).Take(6), line => Assert.True(line.IsBlank));
        Assert.Equal("5 Comments", lines[^1].Text);
    }

    [Fact]
    public void A_short_note_right_under_the_rows_closes_the_table()
    {
        var lines = Removed(
            "Market snapshot\nIndex\tLast\tChange\t% Change\nDow\t15,258.24\t-70.06\t-0.46%\nS&P 500\t1,691.75\t-7.67\t-0.45%\nNasdaq\t3,781.59\t-6.71\t-0.18%\n10-yr Treasury\t2.63%\t-0.02\nData delayed at least 15 minutes.");

        Assert.All(lines, line => Assert.True(line.IsBlank));
    }

    [Fact]
    public void Prose_with_a_few_scores_or_a_sentence_among_the_rows_is_no_table()
    {
        var prose = Removed("The Dow fell 70 points to 15,258.\nThe S&P 500 fell 7 points to 1,691.\nNasdaq lost 3 points.");
        var mixed = Removed("Dow\t15,258\t-70\nIt was the fifth straight loss for the blue chips, traders said.\nNasdaq\t3,781\t-6\nS&P 500\t1,691\t-7");

        Assert.All(prose, line => Assert.False(line.IsBlank));
        Assert.All(mixed, line => Assert.False(line.IsBlank));
    }
}
