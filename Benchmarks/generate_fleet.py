#!/usr/bin/env python3
"""Writes deterministic benchmark inputs (fixed seed): a realistic fleet of N objects in two
layouts, and the pathological shapes.

usage: generate_fleet.py OUTPUT-DIR N          fleet-N/ (one file per object, nested), fleet-N.yaml (one
                                                multi-document file), fleet-N-list.yaml (one List as
                                                `kubectl get -A -o yaml` writes it: kind after the items)
                                                and fleet-N-list.json (the List as `-o json` writes it;
                                                made with PyYAML)
       generate_fleet.py OUTPUT-DIR pathological   list-20k.yaml, mapping-50k.yaml, diagnostics-100k.yaml

A fleet is 57% unrelated kinds (Deployments with pod templates, ConfigMaps with embedded
configuration, Secrets, HorizontalPodAutoscalers) and 43% Services, EndpointSlices, Gateways,
HTTPRoutes (splits, cross-namespace references with ReferenceGrants) and
XBackendTrafficPolicies, with about 2% realistic mistakes (bad durations, unknown fields,
missing targets).
"""
import json
import os
import random
import sys


def deployment(ns, name, rng):
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  namespace: {ns}
  labels: {{app: {name}, tier: backend}}
spec:
  replicas: {rng.randint(1, 5)}
  selector:
    matchLabels: {{app: {name}}}
  template:
    metadata:
      labels: {{app: {name}}}
    spec:
      containers:
      - name: app
        image: registry.example.com/{name}:1.{rng.randint(0, 40)}.{rng.randint(0, 9)}
        ports:
        - containerPort: 8080
        env:
        - {{name: LOG_LEVEL, value: info}}
        - {{name: REGION, value: eu-west-{rng.randint(1, 3)}}}
        resources:
          requests: {{cpu: 100m, memory: 128Mi}}
          limits: {{cpu: "1", memory: 512Mi}}
        readinessProbe:
          httpGet: {{path: /healthz, port: 8080}}
          periodSeconds: 10
"""


def configmap(ns, name, rng):
    lines = "\n".join(f"      key{i} = value-{rng.randint(0, 10**6)}" for i in range(12))
    return f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {name}-config
  namespace: {ns}
data:
  app.properties: |
{lines}
  mode: production
"""


def secret(ns, name, rng):
    return f"""apiVersion: v1
kind: Secret
metadata:
  name: {name}-secret
  namespace: {ns}
type: Opaque
data:
  token: {"".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(48))}
"""


def hpa(ns, name, rng):
    return f"""apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {name}
  namespace: {ns}
spec:
  scaleTargetRef: {{apiVersion: apps/v1, kind: Deployment, name: {name}}}
  minReplicas: 2
  maxReplicas: {rng.randint(3, 20)}
  metrics:
  - type: Resource
    resource:
      name: cpu
      target: {{type: Utilization, averageUtilization: 70}}
"""


def service(ns, name, rng):
    return f"""apiVersion: v1
kind: Service
metadata:
  name: {name}
  namespace: {ns}
spec:
  selector: {{app: {name}}}
  ports:
  - {{name: http, port: 80, targetPort: 8080}}
"""


def slice_(ns, name, rng, index):
    addresses = "\n".join(f"- addresses: [\"10.{index % 250}.{rng.randint(0, 250)}.{rng.randint(1, 250)}\"]" for _ in range(3))
    return f"""apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: {name}-abc12
  namespace: {ns}
  labels: {{kubernetes.io/service-name: {name}}}
addressType: IPv4
ports:
- {{name: http, port: 8080}}
endpoints:
{addresses}
"""


def gateway(ns):
    return f"""apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: {ns}
spec:
  gatewayClassName: example
  listeners:
  - {{name: https, protocol: HTTPS, port: 443, hostname: "{ns}.example.com", allowedRoutes: {{namespaces: {{from: All}}}}}}
"""


def route(ns, name, other, rng, mistake):
    timeout = "1d" if mistake == "duration" else f"{rng.randint(1, 12)}h"
    extra = "      idleTimeout: 30m\n" if mistake == "field" else ""
    cross = f"\n    - {{name: {other[1]}, namespace: {other[0]}, port: 80, weight: 10}}" if rng.random() < 0.1 else ""
    return f"""apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: {name}
  namespace: {ns}
spec:
  parentRefs:
  - {{name: gw, sectionName: https}}
  hostnames: ["{ns}.example.com"]
  rules:
  - matches:
    - path: {{type: PathPrefix, value: /{name}}}
    backendRefs:
    - {{name: {name}, port: 80, weight: 90}}{cross}
    sessionPersistence:
      sessionName: {name}-session
      absoluteTimeout: {timeout}
{extra}"""


def policy(ns, name, missing):
    target = f"{name}-gone" if missing else name
    return f"""apiVersion: gateway.networking.x-k8s.io/v1alpha1
kind: XBackendTrafficPolicy
metadata:
  name: {name}-persistence
  namespace: {ns}
spec:
  targetRefs:
  - {{group: "", kind: Service, name: {target}}}
  sessionPersistence:
    sessionName: {name}-backend
    absoluteTimeout: 4h
"""


def grant(ns, source):
    return f"""apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: from-{source}
  namespace: {ns}
spec:
  from:
  - {{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: {source}}}
  to:
  - {{group: "", kind: Service}}
"""


def fleet(count):
    """(relative path, text) of `count` objects, in a fixed order."""
    rng = random.Random(1619)
    objects = []
    # 23 objects per app: 13 unrelated (57%), 10 Gateway API and core networking.
    apps = max(1, count // 23)
    for app in range(apps):
        ns = f"team-{app // 10:04d}"
        name = f"app-{app:05d}"
        other = (f"team-{(app // 10 + 1) % max(1, apps // 10):04d}", f"app-{(app + 10) % apps:05d}")
        mistake = rng.random()
        unrelated = [deployment(ns, name, rng), hpa(ns, name, rng)] + [configmap(ns, f"{name}-{i}", rng) for i in range(6)] \
            + [secret(ns, f"{name}-{i}", rng) for i in range(5)]
        related = [service(ns, name, rng), slice_(ns, name, rng, app), route(ns, name, other, rng,
                   "duration" if mistake < 0.01 else "field" if mistake < 0.02 else ""),
                   policy(ns, name, mistake > 0.985), service(ns, f"{name}-canary", rng), slice_(ns, f"{name}-canary", rng, app),
                   service(ns, f"{name}-admin", rng), slice_(ns, f"{name}-admin", rng, app), grant(ns, other[0])]
        if app % 10 == 0:
            related.append(gateway(ns))
        else:
            related.append(service(ns, f"{name}-metrics", rng))
        for index, text in enumerate(unrelated + related):
            objects.append((f"{ns}/{name}/{index:02d}.yaml", text))
    return objects[:count] if len(objects) >= count else objects


def main():
    out, what = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    if what == "pathological":
        with open(os.path.join(out, "list-20k.yaml"), "w") as f:
            f.write("apiVersion: v1\nkind: List\nitems:\n")
            for i in range(20000):
                f.write(f"- apiVersion: v1\n  kind: ConfigMap\n  metadata: {{name: c{i}, namespace: default}}\n  data: {{k: v{i}}}\n")
        with open(os.path.join(out, "mapping-50k.yaml"), "w") as f:
            f.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big, namespace: default}\ndata:\n")
            for i in range(50000):
                f.write(f"  key{i}: value{i}\n")
        with open(os.path.join(out, "diagnostics-100k.yaml"), "w") as f:
            f.write("apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: broken, namespace: default}\nspec:\n  rules:\n")
            for i in range(50000):
                f.write(f"  - backendRefs: [{{name: s{i}, port: 80}}]\n    sessionPersistence: {{sessionName: \"bad name {i}\", absoluteTimeout: 1d}}\n")
        return
    count = int(what)
    objects = fleet(count)
    tree = os.path.join(out, f"fleet-{count}")
    with open(os.path.join(out, f"fleet-{count}.yaml"), "w") as single, open(os.path.join(out, f"fleet-{count}-list.yaml"), "w") as listed:
        listed.write("apiVersion: v1\nitems:\n")
        for index, (path, text) in enumerate(objects):
            full = os.path.join(tree, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(text)
            single.write(("---\n" if index else "") + text)
            lines = text.rstrip("\n").split("\n")
            listed.write("- " + lines[0] + "\n" + "".join("  " + line + "\n" for line in lines[1:]))
        listed.write("kind: List\nmetadata:\n  resourceVersion: \"\"\n")
    with open(os.path.join(out, f"fleet-{count}-list.json"), "w") as listed:
        listed.write(json_list(objects))


def json_list(objects):
    """The objects as one List the way `kubectl get -o json` writes it: keys in alphabetical
    order at the top, four spaces per level."""
    import yaml  # PyYAML: `scripts/install-deps.sh bench` installs it
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    items = [yaml.load(text, Loader=loader) for _, text in objects]
    return json.dumps({"apiVersion": "v1", "items": items, "kind": "List", "metadata": {"resourceVersion": ""}}, indent=4, default=str) + "\n"


if __name__ == "__main__":
    main()
