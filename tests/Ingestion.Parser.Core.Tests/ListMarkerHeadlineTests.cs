using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>w3m prints a list item's bullet as "•"; the glyph is no word of the line.</summary>
public class ListMarkerHeadlineTests
{
    [Fact]
    public void A_desk_signature_in_a_list_item_over_the_date_is_no_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""

              • Gazette
              • News

            Harbour strike: dockers and port 'agree to talks', as the mayor steps in to mediate

              •  
              •  

             

            [PORTPIC]
            Port director Helen Marsh with union leader Tomas Reyes at the harbour office in an image the Harbour Gazette claims was taken on November 16. Photo: Reuters

              • Our Harbour Staff

            16 November 2017 • 2:15pm

            Dockers and the port authority have agreed to talks on Thursday, the mayor said on Wednesday, after three days of a strike that has left forty ships waiting at anchor.

            The union wants the new shift rota withdrawn before it returns to work, and the port says it will discuss the rota but not withdraw it.
            """), "page.txt");

        Assert.Equal("Harbour strike: dockers and port 'agree to talks', as the mayor steps in to mediate", page.Title);
        Assert.Empty(page.Authors);
        Assert.StartsWith("Port director Helen Marsh", Assert.Single(page.Captions), StringComparison.Ordinal);
    }
}
