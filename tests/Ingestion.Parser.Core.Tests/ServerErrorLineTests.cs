using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ServerErrorLineTests
{
    [Fact]
    public void A_server_warning_over_lynxs_link_elements_is_neither_headline_nor_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
                Warning: session_start(): open(/tmp/sess_4f1c2a, O_RDWR) failed: Disk quota exceeded (122) in /home/harbour/public_html/wp-content/plugins/side-panels/inc/class-panels.php on line 145
               #Harbour Science » Feed Harbour Science » Comments Feed

                 * Science
                 * Space

               Harbour Science logo

            Divers film seals stealing bait from crab pots

               Posted on March 3, 2023

               Researchers trying to cut down on the number of seals caught in crab pots off the north coast have filmed the animals taking bait from the pots at night.

               In the video, a seal pulls three bait fish from a pot before swimming off, a habit fishermen have complained about for years.

               The team plans to test pots with smaller openings next season, the lead researcher said.
            """), "seals.lynx.txt");

        Assert.Equal("Divers film seals stealing bait from crab pots", page.Title);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("Researchers trying", page.BodyParagraphs[0]);
    }

    [Theory]
    [InlineData("Warning: session_start(): open(/tmp/sess_4f1c2a, O_RDWR) failed: Disk quota exceeded (122) in /home/site/class-panels.php on line 145", true)]
    [InlineData("Notice: Undefined index: id in /var/www/html/single.php on line 12", true)]
    [InlineData("Fatal error: Allowed memory size of 134217728 bytes exhausted in /var/www/html/index.php on line 7", true)]
    [InlineData("Warning: Unknown: Failed to write session data (files). Please verify the setting of session.save_path (/tmp) in Unknown on line 0", true)]
    [InlineData("Warning: delays expected in the evening on line 3", false)]
    [InlineData("Notice: the council meets on Tuesday", false)]
    public void Only_a_level_label_and_the_closing_line_number_mark_the_engines_error(string line, bool error) =>
        Assert.Equal(error, ServerErrorLine.Is(line));
}
