using System.Globalization;
using Xunit;

namespace Ingestion.Deployment.Tests;

public sealed class KubernetesTests
{
    private const string Base = "deploy/kubernetes/base";
    private const string SecretsExample = "deploy/kubernetes/secrets.env.example";

    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];

    private static readonly IReadOnlyList<IDictionary<object, object?>> Manifests =
    [
        .. Directory.GetFiles(RepositoryFiles.PathOf(Base), "*.yaml")
            .Where(path => Path.GetFileName(path) != "kustomization.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => RepositoryFiles.ReadYamlDocuments(Path.GetRelativePath(RepositoryFiles.Root, path)))
            .Where(document => document is not null)
            .Select(document => document.AsMap("a manifest")),
    ];

    [Fact]
    public void Kustomization_lists_exactly_the_manifests_in_the_base()
    {
        var listed = RepositoryFiles.ReadYaml($"{Base}/kustomization.yaml").At("resources").AsList().OfType<string>();
        var present = Directory.GetFiles(RepositoryFiles.PathOf(Base), "*.yaml")
            .Select(Path.GetFileName)
            .Where(file => file != "kustomization.yaml");

        Assert.Equal(present.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Deployment_gets_every_setting_its_service_requires(string name)
    {
        var service = DeployedServices.Named(name);

        var settings = Settings(Container(service));

        Assert.All(service.RequiredSettings, setting => Assert.Contains(setting, settings.Keys));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Deployment_reads_credentials_from_the_secret_and_nothing_else_from_it(string name)
    {
        var service = DeployedServices.Named(name);
        var secretKeys = SecretsExampleKeys();

        var settings = Settings(Container(service));

        Assert.All(service.RequiredSettings.Where(DeployedServices.Credentials.Contains), credential =>
        {
            var key = settings[credential].SecretKey;
            Assert.True(key is not null, $"{name} {credential} should come from a secretKeyRef, not a plain value or a ConfigMap");
            Assert.Contains(key, secretKeys);
        });
        Assert.All(settings.Where(s => s.Value.SecretKey is not null), s => Assert.Contains(s.Key, DeployedServices.Credentials));
    }

    [Fact]
    public void No_credential_is_written_into_a_config_map()
    {
        var configMapKeys = Manifests.Where(m => m.Text("kind") == "ConfigMap")
            .SelectMany(m => m.At("data").AsMap("ConfigMap data").Keys.Cast<string>())
            .ToList();

        Assert.NotEmpty(configMapKeys);
        Assert.All(configMapKeys, key => Assert.DoesNotContain(key, DeployedServices.Credentials));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Probes_ask_the_health_endpoints_on_the_port_the_image_listens_on(string name)
    {
        var container = Container(DeployedServices.Named(name));

        Assert.Equal(DeployedServices.LivePath, container.Text("livenessProbe", "httpGet", "path"));
        Assert.Equal(DeployedServices.ReadyPath, container.Text("readinessProbe", "httpGet", "path"));
        Assert.Equal(DeployedServices.LivePath, container.Text("startupProbe", "httpGet", "path"));
        Assert.All(Probes, probe =>
            Assert.Equal(DeployedServices.HttpPort, ContainerPort(container, container.Text(probe, "httpGet", "port"))));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Pod_runs_as_non_root_with_a_read_only_root_file_system_and_bounded_memory(string name)
    {
        var service = DeployedServices.Named(name);
        var pod = Deployment(service).At("spec", "template", "spec");
        var container = Container(service);

        Assert.True(
            pod.Text("securityContext", "runAsNonRoot") == "true" || container.Text("securityContext", "runAsNonRoot") == "true",
            $"{name} should set runAsNonRoot");
        Assert.Equal("true", container.Text("securityContext", "readOnlyRootFilesystem"));
        Assert.Equal("false", container.Text("securityContext", "allowPrivilegeEscalation"));
        Assert.NotNull(container.Text("resources", "requests", "cpu"));
        Assert.NotNull(container.Text("resources", "requests", "memory"));
        Assert.NotNull(container.Text("resources", "limits", "memory"));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Pod_gets_longer_to_stop_than_the_bus_waits_for_messages_in_flight(string name)
    {
        var grace = Deployment(DeployedServices.Named(name)).Text("spec", "template", "spec", "terminationGracePeriodSeconds") ?? "30";

        Assert.True(
            TimeSpan.FromSeconds(int.Parse(grace, CultureInfo.InvariantCulture)) > DeployedServices.BusStopTimeout,
            $"{name}: terminationGracePeriodSeconds {grace} must exceed the bus stop timeout {DeployedServices.BusStopTimeout}");
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Names), MemberType = typeof(DeployedServices))]
    public void Deployment_runs_the_image_compose_builds_for_the_service(string name)
    {
        var service = DeployedServices.Named(name);

        Assert.Equal(service.KubernetesName, Container(service).Text("image"));
    }

    [Theory]
    [MemberData(nameof(DeployedServices.Scalable), MemberType = typeof(DeployedServices))]
    public void Parser_and_storage_scale_with_the_length_of_their_own_queue(string name)
    {
        var service = DeployedServices.Named(name);
        var scaledObject = Assert.Single(Manifests, m =>
            m.Text("kind") == "ScaledObject" && m.Text("spec", "scaleTargetRef", "name") == service.KubernetesName);

        var trigger = Assert.Single(scaledObject.At("spec", "triggers").Maps());

        Assert.Equal("rabbitmq", trigger.Text("type"));
        Assert.Equal(service.Queue, trigger.Text("metadata", "queueName"));
        Assert.Equal("QueueLength", trigger.Text("metadata", "mode"));
        var authentication = Assert.Single(Manifests, m =>
            m.Text("kind") == "TriggerAuthentication" && m.Text("metadata", "name") == trigger.Text("authenticationRef", "name"));
        var host = Assert.Single(authentication.At("spec", "secretTargetRef").Maps(), r => r.Text("parameter") == "host");
        Assert.Contains(host.Text("key") ?? "(no key)", SecretsExampleKeys());
        Assert.Null(Deployment(service).At("spec", "replicas"));
    }

    [Fact]
    public void Fetcher_reads_the_inbox_from_a_read_write_many_claim()
    {
        var fetcher = DeployedServices.Named("fetcher");
        var inboxPath = Settings(Container(fetcher))[DeployedServices.InboxPath].Value;

        var mount = Assert.Single(Container(fetcher).At("volumeMounts").Maps(), m => m.Text("mountPath") == inboxPath);
        var volume = Assert.Single(Deployment(fetcher).At("spec", "template", "spec", "volumes").Maps(), v => v.Text("name") == mount.Text("name"));
        var claim = Assert.Single(Manifests, m =>
            m.Text("kind") == "PersistentVolumeClaim" && m.Text("metadata", "name") == volume.Text("persistentVolumeClaim", "claimName"));

        Assert.Contains("ReadWriteMany", claim.At("spec", "accessModes").AsList().OfType<string>());
    }

    private sealed record Setting(string? Value, string? SecretKey);

    private static IDictionary<object, object?> Deployment(DeployedService service) =>
        Assert.Single(Manifests, m => m.Text("kind") == "Deployment" && m.Text("metadata", "name") == service.KubernetesName);

    private static IDictionary<object, object?> Container(DeployedService service) =>
        Assert.Single(Deployment(service).At("spec", "template", "spec", "containers").Maps());

    /// <summary>What the container's environment holds: its env entries, and every key of each ConfigMap it takes whole.</summary>
    private static Dictionary<string, Setting> Settings(IDictionary<object, object?> container)
    {
        var settings = new Dictionary<string, Setting>(StringComparer.Ordinal);
        foreach (var source in container.At("envFrom").Maps())
        {
            Assert.True(source.At("secretRef") is null, "envFrom a Secret hands every credential to every service: use secretKeyRef");
            var configMap = Assert.Single(Manifests, m =>
                m.Text("kind") == "ConfigMap" && m.Text("metadata", "name") == source.Text("configMapRef", "name"));
            foreach (var (key, value) in configMap.At("data").AsMap("ConfigMap data"))
            {
                settings[(string)key] = new Setting(value as string, null);
            }
        }

        foreach (var env in container.At("env").Maps())
        {
            settings[env.Text("name")!] = new Setting(env.Text("value"), env.Text("valueFrom", "secretKeyRef", "key"));
        }

        return settings;
    }

    private static int ContainerPort(IDictionary<object, object?> container, string? port)
    {
        var containerPort = int.TryParse(port, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : Assert.Single(container.At("ports").Maps(), p => p.Text("name") == port).Text("containerPort");
        return int.Parse(containerPort!, CultureInfo.InvariantCulture);
    }

    private static HashSet<string> SecretsExampleKeys() =>
        RepositoryFiles.ReadText(SecretsExample).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
}
