using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MugshotNameCaptionTests
{
    [Fact]
    public void A_name_over_a_labelled_credit_is_the_mugshots_caption()
    {
        var lines = new PageLines(TextLine.Split("Dustin R. Keplinger\nPhoto provided by Oxbow County Sheriff's Office\n\nWRENFIELD -- A man was arrested."));
        Assert.True(MugshotNameCaption.Is(lines, 0));
    }

    [Theory]
    [InlineData("Dustin R. Keplinger\nWRENFIELD -- A man was arrested.")]
    [InlineData("Deputies recovered the tractor on Monday.\nPhoto provided by Oxbow County Sheriff's Office")]
    [InlineData("Dustin R. Keplinger\nJordan Pike/The Ledger")]
    public void A_name_over_text_or_a_sentence_over_a_credit_is_not(string text) =>
        Assert.False(MugshotNameCaption.Is(new PageLines(TextLine.Split(text)), 0));

    [Fact]
    public void Under_the_byline_the_name_is_a_caption_and_no_writer()
    {
        const string page = "Deputies: Wrenfield man sold stolen tractors online\n\nBy Corinne Maddox, Sentinel Staff Writer\n"
            + "Posted: Tuesday, September 24, 2013 6:42 pm\n\nDustin R. Keplinger\nPhoto provided by Oxbow County Sheriff's Office\n\n"
            + "WRENFIELD -- A Wrenfield man is accused of stealing two compact tractors from farms in northern Oxbow County, the sheriff's office said Tuesday.\n\n"
            + "Deputies recovered one tractor from a buyer in Caddo Springs. The second tractor has not been found.\n";
        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(page), "snapshot.txt");
        Assert.Equal(["Corinne Maddox"], parsed.Authors);
        Assert.Equal(["Dustin R. Keplinger", "Photo provided by Oxbow County Sheriff's Office"], parsed.Captions);
    }
}
