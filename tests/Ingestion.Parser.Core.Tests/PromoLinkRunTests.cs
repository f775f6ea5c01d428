using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PromoLinkRunTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    [Fact]
    public void Labelled_titles_run_together_with_a_video_teaser_are_promotion()
    {
        var lines = Lines("Graphic: How the Concordia was raised", "Video: Timelapse of the rotation", "Q&A: What happens to the wreck now?");
        Assert.All(Enumerable.Range(0, lines.Count), i => Assert.True(PromoLinkRun.Has(lines, i, lines.Count)));
    }

    [Fact]
    public void A_labelled_line_without_a_video_teaser_beside_it_stays_text()
    {
        var lines = Lines("Analysis: Why the wreck matters", string.Empty, "Video: Timelapse of the rotation");
        Assert.False(PromoLinkRun.Has(lines, 0, lines.Count));
    }

    [Theory]
    [InlineData("Q&A: What happens to the wreck now?", true)]
    [InlineData("Mr Gabrielli said: the work went better than planned.", false)]
    public void A_label_and_a_title_are_told_from_a_sentence(string line, bool labelled) =>
        Assert.Equal(labelled, PromoLinkRun.IsLabelledTitle(line));
}
