using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RunningTextSegmentTests
{
    [Theory]
    [InlineData("Likewise, I expect my face turns up in pictures that neighbours have posted to the forum", true)]
    [InlineData("Harbourmart and other chains usually answer such complaints about what they keep by pointing to \"agreement\"", true)]
    [InlineData("Jane Roe and Tom Poe", false)]
    [InlineData("Dana Whitcomb, Senior Editor at the Ledger", false)]
    [InlineData("Ben Iwasaki and Carla Stroud of the Harbour Ledger", false)]
    public void A_part_that_runs_on_in_small_letters_is_text(string segment, bool running) =>
        Assert.Equal(running, RunningTextSegment.Is(segment));

    [Fact]
    public void A_sentence_parted_by_a_spaced_dash_stays_in_the_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Why My Receipts Still Follow Me</title></head><body>
            <h1>Why My Receipts Still Follow Me</h1>
            <div class="story">
            <p>I have not used a loyalty card in six years, and I keep my receipts in a tin on the kitchen shelf.</p>
            <p>Likewise, I expect my face turns up in pictures that neighbours have posted to the forum — and a few of them name me.</p>
            <p>Harbourmart and other chains usually answer such complaints about what they keep by pointing to "agreement" — that shoppers signed up and said yes.</p>
            <p>None of that asks the people who never signed anything, which is the point of this post.</p>
            </div></body></html>
            """), "page.html");

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("Likewise, I expect", page.BodyParagraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("Harbourmart and other chains", page.BodyParagraphs[2], StringComparison.Ordinal);
        Assert.Empty(page.Authors);
    }
}
