#!/usr/bin/env python3
"""Writes a deterministic synthetic manifest set: namespaces of Services, HTTPRoutes with
session persistence (some of it broken), XBackendTrafficPolicies and a Gateway.

usage: generate_corpus.py OUTPUT-DIR [NAMESPACES]
"""
import os
import sys

def main():
    out = sys.argv[1]
    namespaces = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    os.makedirs(out, exist_ok=True)
    for n in range(namespaces):
        ns = f"team-{n:04d}"
        docs = [f"""apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: {ns}
spec:
  gatewayClassName: example
  listeners:
  - name: https
    protocol: HTTPS
    port: 443
    hostname: {ns}.example.com
"""]
        for s in range(5):
            docs.append(f"""apiVersion: v1
kind: Service
metadata:
  name: svc-{s}
  namespace: {ns}
  labels: {{app: svc-{s}, team: "{ns}"}}
spec:
  selector:
    app: svc-{s}
  ports:
  - name: http
    port: 8080
    targetPort: 8080
""")
            timeout = "1d" if (n + s) % 17 == 0 else f"{(s + 1) * 2}h"
            docs.append(f"""apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: route-{s}
  namespace: {ns}
  annotations:
    owner: "{ns}"
spec:
  parentRefs:
  - name: gw
    sectionName: https
  hostnames: ["{ns}.example.com"]
  rules:
  - name: main
    matches:
    - path: {{type: PathPrefix, value: /svc-{s}}}
    - headers:
      - name: x-canary
        value: "true"
    backendRefs:
    - name: svc-{s}
      port: 8080
      weight: 90
    - name: svc-{(s + 1) % 5}
      port: 8080
      weight: 10
    sessionPersistence:
      sessionName: s{s}-{ns}
      absoluteTimeout: {timeout}
      cookieConfig:
        lifetimeType: Session
""")
        docs.append(f"""apiVersion: gateway.networking.x-k8s.io/v1alpha1
kind: XBackendTrafficPolicy
metadata:
  name: btp
  namespace: {ns}
spec:
  targetRefs:
  - {{group: "", kind: Service, name: svc-0}}
  sessionPersistence:
    sessionName: backend-{ns}
    absoluteTimeout: 30m
""")
        with open(os.path.join(out, f"{ns}.yaml"), "w") as f:
            f.write("---\n".join(docs))

if __name__ == "__main__":
    main()
