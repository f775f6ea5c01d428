using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TextLineTests
{
    [Fact]
    public void A_run_of_blank_lines_is_one()
    {
        var lines = TextLine.Split("Caption of the photo\n\n\n   \nGazette photo\n\nText.");

        Assert.Equal(["Caption of the photo", "", "Gazette photo", "", "Text."], lines.Select(line => line.Text));
    }

    [Fact]
    public void No_blank_line_is_kept_above_the_first_line() =>
        Assert.Equal(["Headline", "", "Text."], TextLine.Split("\n \n\u200b\nHeadline\n\nText.").Select(line => line.Text));

    [Fact]
    public void No_break_spaces_are_plain_and_indentation_is_kept()
    {
        var lines = TextLine.Split("    Like\u00a0·\u00a0Reply\n\u00a0\u00a0Name");

        Assert.Equal(new TextLine(4, "Like · Reply"), lines[0]);
        Assert.Equal(new TextLine(2, "Name"), lines[1]);
    }
}
