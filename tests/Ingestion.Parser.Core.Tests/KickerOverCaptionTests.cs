using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A lead figure's heading printed on the line right over its credited caption, between the headline and the byline
/// box: no writer's name, though its two capitalised words look like one, and the caption no headline.
/// </summary>
public class KickerOverCaptionTests
{
    [Fact]
    public void The_figures_heading_is_no_writer_and_the_credited_caption_no_headline()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Home
            > Technik
            > News

            Nach der Keynote: Der Hersteller will im Gaming vorne sein

            Mysteriöses Notebook
            Happy Halloween – der Hersteller hat uns neue Notebooks vorgestellt (© 2023 Hersteller )

            profile-picture

            Jonas Brandt

            Jonas kaufte sich erst 2014 sein erstes kluges Handy, doch seitdem kann er nicht mehr ohne. Heute schreibt er über Technik.

            Artikel vom 31.10.23

            Das war dann wohl ein Jumpscare – der Hersteller hat in der Nacht von Montag auf Dienstag in nur rund 30 Minuten eine Keynote abgehalten. So schnell war er noch nie.
            """), "keynote.txt");

        Assert.Equal("Nach der Keynote: Der Hersteller will im Gaming vorne sein", page.Title);
        Assert.Equal(["Jonas Brandt"], page.Authors);
        Assert.Contains("Happy Halloween – der Hersteller hat uns neue Notebooks vorgestellt (© 2023 Hersteller )", page.Captions);
    }
}
