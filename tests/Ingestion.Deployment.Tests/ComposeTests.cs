using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Deployment.Tests;

public sealed partial class ComposeTests
{
    private const string ComposeFile = "docker-compose.yml";
    private const string EnvExample = ".env.example";

    private static readonly object? Compose = RepositoryFiles.ReadYaml(ComposeFile);

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Service_container_gets_every_setting_its_service_requires(string name)
    {
        var service = DeployedServices.Named(name);

        var environment = Environment(service.ComposeService);

        Assert.All(service.RequiredSettings, setting =>
            Assert.False(string.IsNullOrWhiteSpace(environment.GetValueOrDefault(setting)), $"{name} gets no {setting}"));
    }

    [Fact]
    public void Credentials_come_only_from_env_and_a_missing_one_stops_compose_with_a_message()
    {
        var checkedCredentials = 0;
        foreach (var service in ServiceNames())
        {
            foreach (var (setting, value) in Environment(service))
            {
                foreach (Match variable in Interpolation().Matches(value))
                {
                    Assert.True(
                        variable.Groups["operator"].Value == ":?" && variable.Groups["message"].Length > 0,
                        $"{service} {setting}: ${{{variable.Groups["name"].Value}}} should be ${{NAME:?message}}, not a default or a silent empty value");
                }

                if (DeployedServices.Credentials.Contains(setting))
                {
                    Assert.Matches(Interpolation(), value);
                    checkedCredentials++;
                }
            }
        }

        Assert.Equal(DeployedServices.All.Sum(s => s.RequiredSettings.Count(DeployedServices.Credentials.Contains)), checkedCredentials);
    }

    [Fact]
    public void Env_example_names_exactly_the_variables_compose_needs()
    {
        var composeLines = RepositoryFiles.ReadText(ComposeFile).Split('\n').Where(line => !line.TrimStart().StartsWith('#'));
        var used = composeLines.SelectMany(line => Interpolation().Matches(line))
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);
        var documented = RepositoryFiles.ReadText(EnvExample).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.Equal(used.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Scalable), MemberType = typeof(DeployedServices))]
    public void Parser_and_storage_can_scale_without_fixed_names_or_ports(string name)
    {
        var service = Service(DeployedServices.Named(name).ComposeService);

        Assert.False(service.ContainsKey("container_name"), $"{name} has a container_name: a second replica could not start");
        Assert.False(service.ContainsKey("ports"), $"{name} publishes host ports: a second replica could not bind them");
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Service_starts_once_the_infrastructure_it_needs_is_healthy(string name)
    {
        var service = DeployedServices.Named(name);
        var needed = service.RequiredSettings.Contains(DeployedServices.PostgresConnectionString)
            ? new[] { "rabbitmq", "postgres" }
            : ["rabbitmq"];

        var dependsOn = Service(service.ComposeService).At("depends_on");

        Assert.All(needed, dependency =>
        {
            Assert.Equal("service_healthy", dependsOn.Text(dependency, "condition"));
            Assert.NotNull(Service(dependency).At("healthcheck", "test"));
        });
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Service_gets_longer_to_stop_than_the_bus_waits_for_messages_in_flight(string name)
    {
        var service = Service(DeployedServices.Named(name).ComposeService);

        var grace = ComposeDuration(service.Text("stop_grace_period") ?? "10s");

        Assert.True(grace > DeployedServices.BusStopTimeout, $"{name}: stop_grace_period {grace} must exceed the bus stop timeout {DeployedServices.BusStopTimeout}");
        Assert.Equal("unless-stopped", service.Text("restart"));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Service_is_built_from_its_own_dockerfile_and_exports_traces_to_jaeger(string name)
    {
        var service = DeployedServices.Named(name);
        var compose = Service(service.ComposeService);

        Assert.Equal(".", compose.Text("build", "context"));
        Assert.Equal(service.Dockerfile, compose.Text("build", "dockerfile"));
        Assert.StartsWith(service.KubernetesName + ":", compose.Text("image"), StringComparison.Ordinal);
        Assert.Equal("http://jaeger:4317", Environment(service.ComposeService)[DeployedServices.OtlpEndpoint]);
        Assert.StartsWith("jaegertracing/jaeger:2.", Service("jaeger").Text("image"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fetcher_watches_the_inbox_folder_mounted_from_the_host()
    {
        var inboxPath = Environment("fetcher")[DeployedServices.InboxPath];

        var volumes = Service("fetcher").At("volumes").AsList().OfType<string>();

        Assert.Contains($"./inbox:{inboxPath}", volumes);
    }

    [Fact]
    public void Infrastructure_consoles_are_published_on_their_usual_ports()
    {
        Assert.Contains("15672:15672", Ports("rabbitmq"));
        Assert.Contains("16686:16686", Ports("jaeger"));
        Assert.Contains("postgres-data:/var/lib/postgresql/data", Service("postgres").At("volumes").AsList().OfType<string>());
    }

    private static IEnumerable<string> ServiceNames() =>
        Compose.At("services").AsMap("services").Keys.Cast<string>();

    private static IDictionary<object, object?> Service(string name) =>
        Compose.At("services", name).AsMap($"{ComposeFile} service '{name}'");

    private static IEnumerable<string> Ports(string name) =>
        Service(name).At("ports").AsList().OfType<string>().Select(port => port.Trim('"'));

    /// <summary>A service's environment, whether written as a mapping or as a list of NAME=value.</summary>
    private static Dictionary<string, string> Environment(string name) =>
        Service(name).At("environment") switch
        {
            null => [],
            IDictionary<object, object?> map => map.ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal),
            var list => list.AsList().OfType<string>()
                .Select(entry => entry.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.Ordinal),
        };

    /// <summary>Compose durations as used here: a number and a unit (s, m), e.g. 40s or 1m30s.</summary>
    private static TimeSpan ComposeDuration(string text) =>
        DurationPart().Matches(text).Aggregate(TimeSpan.Zero, (total, part) =>
        {
            var amount = double.Parse(part.Groups["amount"].Value, CultureInfo.InvariantCulture);
            return total + part.Groups["unit"].Value switch
            {
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "ms" => TimeSpan.FromMilliseconds(amount),
                var unit => throw new FormatException($"Unknown duration unit '{unit}' in '{text}'."),
            };
        });

    /// <summary><c>${NAME}</c>, <c>${NAME:-default}</c>, <c>${NAME:?message}</c> and the like; <c>$$</c> escapes are not variables.</summary>
    [GeneratedRegex(@"(?<!\$)\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<operator>:?[-?+]?)(?<message>[^}]*)\}")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"(?<amount>\d+(\.\d+)?)(?<unit>ms|h|m|s)")]
    private static partial Regex DurationPart();
}
