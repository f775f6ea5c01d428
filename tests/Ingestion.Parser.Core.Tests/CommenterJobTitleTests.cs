using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommenterJobTitleTests
{
    [Theory]
    [InlineData("Dale Weingartner, Plant Manager, Heartland Sheet Feeders", "Dale Weingartner")]
    [InlineData("Carla Huitzil, Purchasing Director, Great Plains Produce", "Carla Huitzil")]
    [InlineData("Mark Delacroix, Editor", "Mark Delacroix")]
    public void The_name_before_the_job_title_is_the_writer(string header, string name) => Assert.Equal(name, CommenterJobTitle.NameOf(header));

    [Theory]
    [InlineData("Harriet Voss, Schenectady, NY")]
    [InlineData("Well, the manager said so, and the director agreed.")]
    [InlineData("Dale Weingartner")]
    public void A_town_a_sentence_or_a_bare_name_gives_none(string header) => Assert.Null(CommenterJobTitle.NameOf(header));
}
