using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BracketedButtonRowTests
{
    [Theory]
    [InlineData("[Recommend] [Tweet] [Email] [Print] [Comments (7)]")]
    [InlineData("[Share] [Email] [Print]")]
    [InlineData("[Facebook] [Twitter] [Google+] [Send to a friend]")]
    public void A_row_of_bracketed_button_labels_is_furniture(string line)
    {
        Assert.True(BracketedButtonRow.Is(line));
        Assert.True(BoilerplateFilter.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("[Cars fill the main lot on Tuesday.]")]
    [InlineData("[Print] [Email]")]
    [InlineData("[1] [2] [3] [4]")]
    [InlineData("[Share] the council said it would [review] the plan [soon]")]
    [InlineData("[Editor's note: the following story contains a correction made on Friday morning] [Update] [More]")]
    public void An_alt_text_a_pager_or_bracketed_words_in_a_sentence_are_no_button_row(string line) => Assert.False(BracketedButtonRow.Is(line));

    [Fact]
    public void A_tool_row_over_the_lead_picture_is_no_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
               News > Local

            Ferry refit runs three weeks over, leaving commuters one boat short

               BY MEGAN DWYER, THE NARROWS TELEGRAM
               SEPTEMBER 26, 2013 7:52 PM NDT

               [Recommend] [Tweet] [Email] [Print] [Comments (7)]

               The MV Flanders leaves Portugal Cove in this file photo.
               Photograph by: Keith Gosse, The Narrows Telegram

               Commuters between the island and Portugal Cove will have to make do with a single ferry for three more weeks, the province said.

               The vessel went into dry dock in late August for what was supposed to be a five-week refit, a spokesman said Thursday.
            """), "page.txt");

        Assert.DoesNotContain(page.Captions, caption => caption.StartsWith('['));
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith('['));
        Assert.Equal("The MV Flanders leaves Portugal Cove in this file photo.", page.Captions[0]);
    }
}
