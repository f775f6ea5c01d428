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

    [Theory]
    [InlineData("[IMG]")]
    [InlineData("[Image] of the week: the harbour at dawn.")]
    [InlineData("[12]Share")]
    [InlineData("The [IMG] tag is how lynx shows a picture.")]
    public void Other_bracketed_lines_stay_as_they_are(string line)
    {
        List<TextLine> lines = [new TextLine(0, line)];

        Assert.Same(lines, ImagePlaceholderPrefix.Remove(lines));
    }
}
