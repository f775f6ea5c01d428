using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Credit Ruth Ann Sokolowski / KPRN": a public radio site's picture credit, its label without a colon.</summary>
public class BareCreditLabelTests
{
    [Theory]
    [InlineData("Credit Ruth Ann Sokolowski / KPRN")]
    [InlineData("Credit Dana Ruiz/NPR")]
    public void A_slash_credit_after_the_bare_label_is_a_credit(string line) => Assert.True(CaptionDetector.IsCreditOnly(line));

    [Theory]
    [InlineData("Credit card fees rose 4/5 of a point")]
    [InlineData("Credit unions / banks")]
    [InlineData("Credit where it is due: the county's 2012/13 budget balanced.")]
    public void A_heading_or_sentence_opening_with_the_word_is_none(string line) => Assert.False(CaptionDetector.IsCreditOnly(line));

    [Fact]
    public void The_caption_under_it_is_no_headline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Grain Elevator Explosion Survivors Still Waiting On Settlement, Two Years Later\n\nBy Ruth Ann Sokolowski\n\n"
            + "Thu September 26, 2013\n\nListen 3:58 Download\n\nCredit Ruth Ann Sokolowski / KPRN\n\n"
            + "The rebuilt Harlan Cooperative elevator, which reopened in 2012.\n\n"
            + "Two years after an explosion at the Harlan Cooperative grain elevator killed three workers, the survivors say they have yet to see any money.\n\n"
            + "The insurer agreed in April to pay $11.4 million to the injured workers and the families of the three men who died.\n"), "page.txt");

        Assert.Equal("Grain Elevator Explosion Survivors Still Waiting On Settlement, Two Years Later", page.Title);
        Assert.Equal(["Ruth Ann Sokolowski"], page.Authors);
        // The caption under the credit is still read as the text's opening (noted in docs/parser.md).
        Assert.Equal("Credit Ruth Ann Sokolowski / KPRN", page.Captions[0]);
    }
}
