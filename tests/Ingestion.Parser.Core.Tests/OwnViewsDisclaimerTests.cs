using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OwnViewsDisclaimerTests
{
    [Theory]
    [InlineData("The views expressed by the author are personal.")]
    [InlineData("The opinions expressed on this blog are my own.")]
    [InlineData("Views expressed in this column are the writer's own.")]
    public void A_disclaimer_that_the_views_are_personal_or_own_is_boilerplate(string line)
    {
        Assert.True(OpinionDisclaimer.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("The views, the mayor said on Tuesday, are her own.")]
    [InlineData("The views from the new tower over the old harbour and the hills behind the town on a clear evening are personal.")]
    [InlineData("The views of the harbour from the hill are breathtaking.")]
    public void A_sentence_of_the_text_about_views_stays(string line)
    {
        Assert.False(OpinionDisclaimer.Is(line));
    }

    [Fact]
    public void The_disclaimer_under_a_post_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Fixing a squeaky door | Tinker Log</title></head><body>
            <div class="post"><h1>Fixing a squeaky door</h1><div class="entry">
            <p>The back door has squeaked for months, and this weekend I finally took it off its hinges to find out where the noise came from.</p>
            <p>A little grease on the upper hinge pin and a loose screw tightened by half a turn were all it took, and now the door closes without a sound.</p>
            <p class="postmeta"><small>Filed in Home<br />The views expressed by the author are personal.</small></p></div></div></body></html>
            """), "door.html");

        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("views expressed", StringComparison.Ordinal));
        Assert.Contains(page.BodyParagraphs, paragraph => paragraph.StartsWith("A little grease", StringComparison.Ordinal));
    }
}
