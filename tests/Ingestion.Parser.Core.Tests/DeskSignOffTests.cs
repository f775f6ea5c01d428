using Xunit;

namespace Ingestion.Parser.Core.Tests;

public sealed class DeskSignOffTests
{
    [Theory]
    [InlineData("(tmo, derMorgen.at, 12.3.2013)", true)]
    [InlineData("(APA, 12.3.2013)", true)]
    [InlineData("(red, diePresse.com)", true)]
    [InlineData("(Sabine Lechner, donaukurier.at, 12.3.2013)", true)]
    [InlineData("(Limmattaler Zeitung)", true)]
    [InlineData("(AP Photo)", false)]
    [InlineData("(AP, Reuters)", false)]
    [InlineData("(The council meets again on 12.3.2013.)", false)]
    [InlineData("(Saint-Jérôme-du-Lac) La Ville de Saint-Jérôme-du-Lac résiliera deux de ses contrats.", false)]
    public void An_austrian_papers_bracketed_sign_off_is_told_apart(string line, bool signOff) => Assert.Equal(signOff, DeskSignOff.Is(line));

    [Theory]
    [InlineData("(ju)", true)]
    [InlineData("(ck/dpa)", true)]
    [InlineData("(Foto)", false)]
    [InlineData("(2013)", false)]
    public void A_news_tickers_editor_initials_in_brackets_close_the_text(string line, bool signOff) => Assert.Equal(signOff, DeskSignOff.Is(line));
}
