using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadCaptionUnderHeadlineTests
{
    [Fact]
    public void A_line_over_a_labelled_credit_under_the_headline_and_deck_is_the_pictures_caption_not_the_title()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
               Mara Lindqvist
               Culture
               11.11.2019 10:41 AM

            Tomas Reyes to Harbour Festival Critics: 'Come and See'

               But, she says, the festival should not let a few critics decide.
                 *
                 *
                 *

               Tomas Reyes Ana Holm and Jon Berg on stage
               Photograph: Ellis Varga
                 *
                 *
                 *

               In a scant six weeks the harbour film festival opens its doors again, and people are still talking about last year's program, asking its director about the younger directors she invited.
               Related Stories
               festival tent at night
               Screen Talk
               What Will Happen to the Harbour Festival Now?
               Nils Berg
               article image
            """), "festival.lynx.txt");

        Assert.Equal("Tomas Reyes to Harbour Festival Critics: 'Come and See'", page.Title);
        Assert.DoesNotContain("Tomas Reyes Ana Holm and Jon Berg on stage", page.BodyParagraphs);
        // The labelled credit names the photographer; the writer is the name over the section and date above the headline.
        Assert.Equal(["Mara Lindqvist"], page.Authors);
        Assert.Contains(page.Captions, caption => caption.Contains("Ellis Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_with_nothing_above_it_keeps_the_title_even_over_a_credit()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbour festival opens with a film about the old ferry
            Photograph: Ellis Varga

            The harbour film festival opened on Friday night with a film about the ferry that crossed the bay for ninety years, shown on a screen on the quay.

            About two thousand people watched from the harbour wall and from boats moored along it, the organisers said.
            """), "festival.txt");

        Assert.Equal("Harbour festival opens with a film about the old ferry", page.Title);
    }
}
