using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ImagePlaceholderPrefixTests
{
    [Theory]
    [InlineData("[IMG] Workers desilt a drain on Arcot Road. (DS photo: R Senthil Kumar)", "Workers desilt a drain on Arcot Road. (DS photo: R Senthil Kumar)")]
    [InlineData("[INLINE] The new bridge at dusk.", "The new bridge at dusk.")]
    public void The_placeholder_before_a_caption_goes(string line, string caption)
    {
        var lines = ImagePlaceholderPrefix.Remove([new TextLine(3, line)]);

        Assert.Equal(caption, lines[0].Text);
        Assert.Equal(3, lines[0].Indent);
    }

    [Fact]
    public void A_picture_file_name_before_its_credit_gets_a_line_of_its_own()
    {
        var lines = ImagePlaceholderPrefix.Remove(
            [new TextLine(0, "The console is the smallest yet."), new TextLine(3, "[crop?resize=980%2C640&amp;i=6] Marisol Quennell/Gadgetorium"), new TextLine(0, "")]);

        Assert.Equal(["The console is the smallest yet.", "[crop?resize=980%2C640&amp;i=6]", "Marisol Quennell/Gadgetorium", ""], lines.Select(line => line.Text));
        Assert.Equal(3, lines[2].Indent);
    }

    [Theory]
    [InlineData("[IMG]")]
    [InlineData("[harbour-1.jpg] [harbour-2.jpg]")]
    [InlineData("[Go] Search the archive")]
    [InlineData("[Image] of the week: the harbour at dawn.")]
    [InlineData("[12]Share")]
    [InlineData("The [IMG] tag is how lynx shows a picture.")]
    public void Other_bracketed_lines_stay_as_they_are(string line)
    {
        List<TextLine> lines = [new TextLine(0, line)];

        Assert.Same(lines, ImagePlaceholderPrefix.Remove(lines));
    }
}
